"""PLOVER-coded events from Arabic text: who did what to whom, where and when.

`extract_events(text, entities, times, quotes)` works sentence by sentence:
- triggers (verbs, verbal nouns, fixed phrases) come from `lang/ar/event_triggers.tsv`,
  matched on folded words with a proclitic (و ف ب ل ك ال س) taken off the front and a
  pronoun (ه ها هم نا …) off the end; a row may need a word that follows within a few words
  («فرض … عقوبات» → SANCTION, «فرض … حصارا» → COERCE) or be cancelled by one («فجر اليوم»,
  «دعا الله»); a form after the article, بـ, a preposition or لـ + past form, or with an
  accusative ـا («طالباً»), is a noun, never a verb;
- actors come from the entity layer, plus group actors it does not name («قوات التحالف»,
  «المقاومة الشعبية», «الحوثيين», «قوات الأمن», «المتظاهرون») from `lang/ar/event_actors.tsv`,
  some resolved by the story («التحالف» → العربي in a Yemen story, الدولي in an ISIS one); a
  force with a nisba stands for its country («قوات الأمن التونسية» → تونس); people who undergo
  attacks («المدنيين», «المصلين», kind wronged) are the target of an attack or arrest, never its doer
  («قتل المصلين»), and the doers only of a protest, a demand or a word of their own; an organisation
  the entity layer missed is read off the words after the verb («عقد مجلس … اجتماعا»);
- a force named with «في» and a country stands for it («السلطات في زيمبابوي»); two places named in a
  row are two parties («اتهمت باكستان الهند»); a «لـ» after a definite title only says whose title it
  is («الأمين العام لمنظمة التعاون»), and a name the entity layer missed may stand before it; an
  apposition («شوقي علام، مفتي مصر،») is no party, nor is the nisba of a publication («في صحيفة «السفير»
  اللبنانية»); a body the entity layer missed is read from
  brackets («دعا (تحالف دعم الإخوان)») or after a light verb («تمكنت فرقة من هيئة …»), and a later
  «المجلس», «اللجنة» … stands for the body of that head named before;
- adjacent mentions form one actor («نائب وزير الخارجية الروسي ميخائيل بوغدانوف» → ميخائيل
  بوغدانوف), but a country named by its name and a person after it («هددت الولايات المتحدة نظام
  الأسد»), or a person's full name and a second titled person («اتهم أبو مازن وزير الخارجية الأمريكي
  جون كيري») are two parties; a later surname stands for the person named in full before («ليون»),
  and «الكوري الجنوبي» for كوريا الجنوبية; an entity after مع/على/ضد/… or a لـ-title
  («لجلالة الملك») is a target, one after في (through place nouns) a place, one after «وفد من»
  its delegation's actor; a town is only ever a place; the subject is taken before the verb
  when it opens its clause (SVO), else
  after it (VSO, not an oblique plural «الحوثيين»), else the nearest free actor earlier in the
  sentence unless the verb has an unnamed subject («ودعت الحكومة المحلية»); anaphors («الحركة»,
  «معاليه») stand for the entity of their kind named most (`lang/ar/event_anaphora.tsv`), a class noun
  («للتنظيم», «الحزب») for the organisation of its class named nearest before (`events_short_forms`);
- nominal and passive constructions: «غارات للطيران التركي», «قصف شنه الحوثيون», «من قبل X»,
  «على يد X», «زيارة يقوم بها X» name the agent; a light verb's subject is its verbal noun's agent
  («تمكنت X من القبض», «نفذت X غارة»), and so is a hastening verb's («سارع X إلى انتقاد»); «كل من X
  وY» after a verb is its subject; «تم اعتقال X», «قتل 47 متمردا», «X الذي قتل في …» have no agent;
  «تعرض X لهجوم من Y» has Y as source and X as target; «اتهم X Y بقتلها»: Y did it to X;
- location: a place after في (or «بمدينة X») in the trigger's clause, never a nisba, else near it,
  else for a deed the sentence's one place, else for a meeting where a visit went; a statement
  (not an agreement) only where a visit of its sentence went («خلال زيارته إلى موسكو»); a following
  «جاء ذلك خلال … في X» sentence sets it; date: the sentence's resolved date, to the day (a clock
  time gives its day, an edge of a month its month: «مطلع يوليو»; a week none: «الأسبوع الماضي»);
  a date after «منذ» is when the deed began (not an amount with no count, a
  superlative's span or a relative clause's), and a report told as an aside («حسبما ذكر … أمس») or a
  date restated after «الموافق» gives none; the date is that of the trigger's own clause, not one told in a
  relative clause about another noun nor one outside the relative clause the trigger opens
  (`events_clause_times`); a deed noun a reporting verb tells with a time of its own after it takes that
  one, not the report's («وأفاد المرصد الثلاثاء عن مقتل سبعة الاثنين», `events_report_time`);
- a verb in a relative clause on a plain noun («المجموعات التي تدعمها واشنطن») describes it and
  tells no event; a verb conjoined to an earlier one («… كما فرضت») whose only candidate subject is
  that verb's object shares that verb's subject;
- a standing position or a habit («مجددا موقف المنظمة التي تدين …», «يقوم يوميا بقتل …») and what is
  conjoined to it tell no event, nor does a planned attack («بتخطيطه لتنفيذ هجمات», «يخططون لارتكاب
  اعتداءات … من خلال استهداف …»); a deed ranked by a copula or demonstrative («وهو أحدث هجوم», «ويعد هذا
  أول هجوم») and a verb whose subject is the deed noun right before it («الهجوم استهدف») restate a deed
  told before; a verb in a relative clause on an event noun («أدان الوزير الجريمة التي استهدفت …») has
  the deed as subject, not an actor named before it; a deed after «بعد», «إثر», «خلال» … is the
  occasion of a statement, not its topic («هدد … بعد اتهامه …»); a conjoined
  subject of a meeting is one party each («التقى مودي ونواز شريف»);
- a sentence-opening verb with no subject, and a participle («…، مطالبا») with none in its sentence,
  take the one the story tells of: the actor after a reporting verb that opened the sentence before
  («وأكد الملا …», after a linking phrase too: «ومن جانبه قال X»), kept through sentences that open with a
  subjectless reporting verb («وأضاف:»), where the verb agrees with it (`events_roles.carried_disagrees`); a
  bare title («ودعا الأمين العام») stands for the body it was named with («الأمين العام لجامعة الدول
  العربية»); a dual subject of a meeting or agreement («وناقش الرئيسان», «واتفق الجانبان») is both
  parties of the meeting told before, and the same meeting when of its type; a first-person verb
  («نطالب», «أنا أندد») is its speaker's, what follows it asked of; a bare title («ودعا الوزير») stands
  for the one person named with it (`events_mentions`);
- negation (لم لن لا عدم …) sets `negated`; «قد», «مستعدة ل», «من المتوقع», س+present set
  `hedged`; a bare purpose masdar («للتحقيق في», «للمطالبة») is what another deed is for and
  no event; an attack named after a foiling («إحباط … الهجمات») did not happen; a trigger
  inside a speech quote gets `claimed_by`.
Events of one type in one sentence are merged into one; a deed (material type) told again in a
later sentence is merged into its first telling (same agent, or same victim, or no actors); a
statement in a heading over the paragraph that tells it, what a meeting discussed («كما ناقش الوفد»)
and a meeting named again by its noun («خلال لقائه مع …») are the statement or meeting told before;
verbal types (`needs_source` in event_words.tsv) without a source are dropped, material ones
are kept without actors (the gold pages list them so), but a fight, a withdrawal or an arrest
with no party named (`needs_party`: «المعارك», «تبادل إطلاق النار») is background, not an event
told, and so is any deed with no party named that is dated only by a month or a year (history), and an
attack named by a definite or plural noun with no party, place, date or victim («المسؤولية عن الهجمات»: a
kind of deed, `events_unanchored`); a
present verb right after an indefinite noun («مجموعات تدعم») describes it; news outlets are never
actors; a line opening «رابط الخبر» (the headline again) ends the text.

This module runs the steps; each lives in its own module:
- `events_lexicon`: the `lang/ar/event_*.tsv` tables and word readings;
- `events_tokens`: tokens, sentences and clauses;
- `events_triggers`: trigger matching and the triggers that tell no new event;
- `events_mentions`: entities as token ranges, plus group actors and anaphors;
- `events_actors`: mentions grouped into actors or places, and how each attaches (target, place …);
- `events_roles`: source and target by word order; `events_agents`: by agent-marking constructions;
  `events_missing_agents`: a subject after a time word, an aside or a closed relative clause, and the
  doer a conjoined verb shares;
- `events_phrases`: actors no entity names, read off noun phrases (`_phrase_actors`): the subject after a
  clause-opening statement verb and its object («وطالب الحكومة المجتمع الدولي»), a subject fronted after
  «إن»/«أن», the unnamed speaker of «وقال حلفاء غربيون … إنهم …», the people a deed was done to, people
  a number counts («احتجزت أيضا 1302 شخص», «نحو 50 شخصا من أهالي الفلوجة»; before an arrest or killing
  verb they underwent it), the people a relative pronoun stands for («المتظاهرين الذين احتجوا»), an
  attack's unnamed doers and the site it hit («هاجم أفراد من الجيش المستشفى»), a besieged town;
- `events_victims`: the victims of an attack or arrest whose doers are unnamed people («واختطف مسلحون
  ثلاثة صحفيين أجانب»);
- `events_second`: the second party named away from the verb: the one asked after an apposition or the
  statement's medium («ودعت الحكومة، في بيان لها أمس، المجتمع الدولي إلى …»), the one met after the
  meeting's place, the one thanked after «لـ» («قدم X شكره وتقديره لإدارة المستشفى»), a suspect named by a
  definite noun after an arrest («ألقت الشرطة القبض على المتهم»), what an attack noun's relative clause
  says it hit («الهجوم الانتحاري الذي استهدف في سروج ناشطين …»), members of a body read whole («طال عددا
  من منسوبي قوة الطوارئ الخاصة») or named by a harm noun before the attack noun («في استشهاد رجال الأمن
  … في حادثة التفجير»), both parties a meeting's «جمع» names («اجتماع جمع X أمس، مع Y»), the one met
  after the room of the meeting, the owner of a raided home a later «عليه»/«عليهم» stands for, the one
  asked after «طلب … من», and the one asked with the adjectives that describe him («مناشدا الجهات المختصة بـ»);
  `events_meeting_partner`: a meeting noun's party after «مع» past what stands between («لقاء الوزير أمس مع …»);
  `events_named_slots`: a named party joined by «و» to one the event took shares its role («دعا X الحكومة
  السورية وجبهة المعارضة»), and a force named by its nisba after a closed body name is a second party
  («دعت الأمم المتحدة الحكومة اليمنية»);
  `events_obvious_actors`: people no entity names where the construction points at them: met after «مع»
  («اجتماعاً مع وكلاء الوزارة»), asked past a long subject («وناشدت الأمانة وإدارة المرور المواطنين …»), whose
  efforts a praise commends («بما يقوم به أهالي الباحة»), taken by an arrest («اعتقلت الشرطة مغربيا وجزائريا»);
- in this module too: a title right after the verb leads to the person who holds it («وأدان نائب المبعوث
  الرئاسي الخاص للتحالف الدولي … بريت مكجيرك»), a person alone after an arrest verb was arrested, and a
  participle goes on with the actor that opens its sentence («من جهته اعرب الاتحاد … داعيا تركيا»);
- `events_described_states`: a state named only as a coalition's leader («التحالف بقيادة المملكة»), a statement's owner
  («عن استنكار المملكة الشديد لهذا العمل») or the land entered («دخول أراضي المملكة») is no party;
- `events_picks`: names that are no party (a border's other side, a city naming a document, a bracketed
  apposition, the speaker of a reported clause with its own subject) and subjects word order misses;
- `events_wrongparty`: a party word order puts in the wrong role: the subject after a verb with an object
  pronoun («اتهمتهم وزارة …»), a passive accusation («ويتهم X ومن معه بـ»), the speaker of «كما يقول X»,
  a co-doer after «بالتنسيق مع», the side a source speaks for («باسمه واسم شعب …»), and no «الوزارة» for a
  ministry named less often than one the entity layer missed;
- `events_party_fixes`: parties read better last: the caller for what is said in a call («أعرب خلاله»), the body
  whose building was attacked («مسجد قوات الطوارئ»), the victim in «استهداف رجال الأمن», both parties of the
  meeting for a dual subject («وأدان الجانبان»), and no party for what a meeting discussed;
- `events_carry`: parties the story named before: a bare «رئيس الوزراء» for the one named with it, the
  speaker for «وأشار إلى أنه يزور …», the man named before for «وقتلته»;
- `events_pronoun_objects`: the party the object pronoun of a demand, accusation or threat stands for («متهما إياه»,
  «وطالبهم», «واتهمها»): the nearest one before it, in its sentence or the one before, that agrees with the pronoun;
- `events_bodies`: doers named by plain noun phrases the reading after the verb misses: a past light verb's
  subject («وواصلت أسر الصيادين مطالبتها»), a collective before «الذين» or a plural verb («الأهالي، الذين
  اتهموا», «وأهالي المعتقلين طالبوا»), «كان» across an aside («وكانت الحركة (إيرا)، وهي …، قد دعت»), and an
  unnamed plural in ـون before the name the rules took for the subject («واتهم سكان محليون المتمردين»);
- `events_reversal`: the patient is not the doer: «إن X اعتقل في …», «X الذي اغتالته يد الغدر», «أن يتهم
  بالمحاباة», «ما نسب إليه», «اتهامه بـ», «مطالبة X بـ», «وطالب قوات X بـ», «وحثت المجلس على»;
- `events_accuse`: what an accusation, a blame or an attribution charges («اتهمت الحكومة الحوثيين بقصف …»,
  «حمّلت داعش مسؤولية التفجير», «ونسبت الشرطة الهجوم إلى …») is a deed of the accused; «وحملت إسرائيل
  المسؤولية» after a statement blames Israel;
- `events_accused`: the accused or threatened party named between the verb and its «بـ» charge where no
  target was found («اتهمت كوريا الجنوبية بيونجيانج بزرع …», «اتهم المقيم مستشفى خاصاً بجدة، بالتسبب …»,
  «هدد الشاب الفتاة بنشر …»), and the party after «نسب … إلى» («هجوم نسبته السلطات إلى التمرد الكردي»);
- `events_pejorative`: criticism told by a blaming description («وصف X الهجوم … بالعمل الإجرامي», «واصفا ذلك
  بأنه عمل استفزازي», «واعتبر X الإعلان تصعيدا خطيرا»);
- `events_demand`: a bare body noun right after the verb is its subject and the name after it the object
  («ودعت الحكومة الحوثيين», «واتهمت الحكومة حركة حماس»); a count after a protest verb counts the protesters;
- `events_assault`: attacks told by weapons and craft with a nisba («الطيران الحربي الروسي»), stabbings and
  rammings, «في هجوم نفذه X», the wounded and killed of «أصيب … في هجوم», the agent after «من» («في غارة من
  طائرات التحالف»); `events_operations`: military operations against a named party («نفذت المقاومة عمليتين
  منفصلتين ضد مسلحي الحوثي») as a FIGHT; `events_wounded`: «أصيب X برصاص Y», «بشظايا قذائف أطلقها Y»: Y
  attacked X, and a wound no one named did («برصاصة طائشة», «بنيران صديقة») is no attack; so does the one who
  fired the weapon that killed («قتل عشرة مدنيين بصاروخ أطلقته طائرة أمريكية»); `events_light_nouns`: the
  pronoun of «لإقدامه على قتل», «بعد قيامهم بخطف» did the deed, not a light verb's subject further back;
  `events_age_asides`: «البالغ من العمر 18 عاما» counts no word between a killing and «برصاص X»;
- `events_support`: backing declared with a noun («أكد دعم بلاده لـ …»), ratifications, releases, deeds
  carried by a message («بعث برقية تهنئة», «تلقى … برقية من»), «أن بلاده …» as the speaker's country;
- `events_affiliated`: men named by the party they belong to («وهدد مسلحون تابعون لتنظيم داعش …», «إن بعض قادة
  الفرق التابعة للحوثيين رفضوا …») act for that party;
- `events_cooperation_parties`: the owner of the effort a praise or a thanks commends («أشاد بجهود X», «عن شكره
  لمعالي وزير …»), whom aid goes to past its amount («مساعدات … بقيمة … للشعب اليمني»), the side a cooperation is
  against («… في حربها ضد داعش») as no target, a praise verb's VSO subject before its effort noun, and «بما يتفق
  مع …» (in line with) as no agreement;
- `events_guests`: a meeting's guest named by a title and a country («استقبل … وفدا برلمانيا فرنسيا»);
- `events_addressees`: the one a demand asks («دعا … المجتمع الدولي إلى») and the doer a praise or a
  condemnation names in a relative clause («للهجوم الذي تبناه تنظيم داعش»);
- `events_appeal_sides`: a family after an appeal verb as its source and the one asked after it («وناشدت
  والدة المواطن "العنزي" الجهات المختصة»), the one asked after an aside naming the statement («ودعا في بيان
  له الحكومة إلى»), a quoted body after a title's «لـ» joined to its officer («لـ"حزب الله" حسن نصر الله»);
- `events_statement_parties`: the one a demand asks before what it asks, past an aside or an apposition
  («طالبت الوزارة في بيان الأحد العالمين العربي والإسلامي بالتحرك»), not a name inside what it asks or charges
  («اتهم X الحكومة العراقية بخرق الاتفاق بمنحها إيران …»), the people an appeal asks with «بـ» («وأهابت الإدارة
  بالمعلمين»), the people a plural participle goes on with, and a duty laid in reported speech («إن على X أن …»);
- `events_attack_sides`: who attacked whom where word order misreads it: the subject of a verb of doing or going
  on that governs an attack's verbal noun («قامت القوات بقصف تنظيم داعش», «واصلت X استهداف مواقع Y»; the party
  the noun is in construct with underwent it), the attacker of a repelled attack («صدت X هجوما شنه Y»), no
  reporter after «قال … إن» as the doer («قالت الوزارة إن انفجارا …»), and the owner a pronoun on what was hit
  stands for («هاجموا مقرها», «اتهمت X Y باستهداف مواقعها»);
- `events_site_owner`: the party whose sites an attack noun or verb names hit («وأعلن التحالف استهداف معسكرات
  الحوثيين», «واستهدفت مواقع للتنظيم»), as its target and never its doer;
- `events_battle_sides`: the loser of a seizure named by the fight around it or the posts taken («سيطرت X على
  المدينة عقب اشتباكات بينها وبين الحوثيين», «السيطرة على مواقع المتمردين»), the sides of «اشتباكات بينها وبين X»,
  and an attack its sentence tells fought back («ووقعت اشتباكات بينها وبين المدافعين») as a FIGHT;
- `events_other_party`: «مجموعة 5+1» as the world powers, a party joined after a quoted name in «بين X وY»,
  and the one blamed right before «المسؤولية» («وحمّل الأمين العام إسرائيل المسؤولية»);
- `events_own_office`: a person's own office is no target, nor his own movement when he is the source («هنية
  رئيس حركة حماس»), a minister's portfolio no party, a titled speaker's
  name his own («دعا السفير السعودي في مصر أحمد قطان إيران إلى …»);
- `events_executions`: the one a carried-out death sentence was carried out on («نفذت الوزارة حكم القتل في المدعو …»);
- `events_expressed`: «عبر عدد من النواب عن اعتراضهم» voices a stance (not «via»), and a voicing verb
  takes no bare object as its target;
- `events_displeased_at` (through `events_actors.bind`): the party after «من» of a displeasure with a pronoun
  («عن استيائه من موقف إيران») is its target, not where someone comes from;
- `events_ranks` (through `events_actors.bind`): the party after «في صفوف» of a harm or an arrest noun
  («حملة اعتقالات واسعة في صفوف الفلسطينيين», «خسائر في صفوف الحوثيين») is its target, not a modifier;
  «كلا من X وY» after a subject names the objects (`events_roles.each_of_object`);
- `events_sources`: the culprit a deed clause describes is its source («تنفيذ حكم القتل بحق جان قتل …»), and so is an
  unnamed attacker after the verb («حيث فجرت انتحاريتان نفسيهما»), not the ministry or condemner named before; the
  party after «نيابة عن» is the one represented, and the deputy is the doer;
- `events_reported_passives`: an arrest, a seizure, a foiling or an inquiry told with no doer («تم ضبط …»,
  «أُلقي القبض على …») was done by the police, security, interior, prosecution or customs body that reports it
  (a spokesman stands for his body: «وأفاد المتحدث الأمني لوزارة الداخلية … أنه تم القبض على …», «بحسب ما
  أعلنت الشرطة», «وأضاف أنه …» after its report, «بعد إعلان الداخلية … بالقبض على …»: the body a noun of
  announcement names), and a «ضبط» takes the people named right after it;
- `events_detention_holders`: the party after «لدى» holds the detainee («قيد الاعتقال لدى القوات الأمريكية»);
- `events_arrest_parties`: who arrested whom where word order misses it: the one pushed to an arrest («ما دفع الشرطة
  إلى القبض على …»), the patient of a passive after «الذي»/«كان» («X الذي كان قد اعتقل في …»), the releaser who held
  («إخلاء سبيله بعد يومين من احتجازه»), a police command named by its place («تمكنت شرطة منطقة الرياض من …»), the
  one a pronoun stands for («باعتقالها», «القبض على أفرادها», «تحتجزهم»), riot control («لتفريق المتظاهرين»);
- `events_arrested_counts`: the arrested told by a count the counted-people reader misses («اعتقال اثني عشر
  شخصا», «القبض على شخصين», «نحو 100 من المعلمين»), one person by a genitive indefinite noun («القبض على شاب»),
  and the one «عليه» stands for in «تم القبض عليه» (a person or a suspect named before it, not in an aside);
- `events_told_arrests`: an arrest a verb tells after a word of charge or search («المتهم بسرقة المحل تم القبض
  عليه»: no topic), «البحث الجنائي» a body's name, not a search; an arrest verb conjoined to the opening verb
  takes its subject («هرعت الشرطة … وقبضت على الجاني»), an arrest noun «باشر» governs takes that verb's; an
  arrest with no doer takes the suspect a definite noun names after it too («تم القبض على الجاني»);
- `events_missing_targets`: targets word order misses: the person after a killing's or an arrest's verbal noun and
  the titles that call him («مقتل القيادي البارز فلان»), the people a result clause counts as an attack's dead or
  wounded («… مما أسفر عن إصابة خمسة أشخاص»), the one a demand asks after an aside («وحثت قيادة حرس الحدود
  بمنطقة تبوك المواطنين بـ», «وناشد X في ختام حديثه، الشباب العربي أن …»);
- `events_few_victims`: one or two killed told without a number, a dual or a bare noun of a person («قتل شرطي وأصيب
  آخر في هجوم نفذه …», «مقتل جنديين تركيين», «أدى إلى مقتل شرطي»), are a killing's or an attack's target;
- `events_target_choice`: no target from a relative clause on a party taken («عقوبات على صالح الذي يسيطر على …») or
  after «فيما», «بينما», «في الوقت الذي»; whom a demand is for («بتعزيز … للقوات الأمنية») is no target; a person's
  or a place's own country named by its name is none; «بين X وY من جهة، وZ من جهة أخرى» names two sides;
- `events_targets`: names inside what a statement is about are no target: whom a demanded help is for
  («دعا المجتمع الدولي إلى دعم الحكومة»), the victims after «بحق» of a harm a demand is about, the side
  words were aimed at («تصريحات المالكي تجاه المملكة»), what a permission lets one do («السماح للجيش
  الأمريكي بشن ضربات ضد داعش»), what parties agreed together («اتفقوا على تطويق الانتشار الإيراني») and
  who was only present at a meeting («استقبل X Y بحضور Z»);
- `events_role_fixes`: the body whose resolution or charter a statement cites is no party («بتنفيذ قرار مجلس
  الأمن», «الالتزام بنصوص ميثاق الأمم المتحدة»), the country of people named with their nisba after «من قبل»
  is a condemnation's target («التصريحات العدائية من قبل المسؤولين الإيرانيين تجاه …»), and the one a
  condemned harm was done to is neither its source nor its target («أدانت فرنسا مقتل الطفل …»);
- `events_role_patients`: a bare state force («الشرطة», «قوات الأمن») as the country the text says it serves
  in, or with the country the story is plainly about named beside it; the person after an unvowelled
  passive («قتل اليوم القيادي فلان في …») and the party after the verbal noun of an attack («استهداف الجيش
  المصري») underwent the deed, not did it;
- `events_armed_doers`: unnamed armed men right after a deed verb or opening its clause («هاجم مسلحون
  مجهولون …», «إن عناصر إرهابية استهدفت …», «واغتال مسلحون أمس الشيخ فلان»: he is the target), the body
  they or a force belong to («مقاتلات تابعة للتحالف العربي»), the party whose strikes did it («ضربات
  التحالف الجوية قتلت»), and the one armed group of the story for a band named by no body;
- `events_unnamed_doers`: a security body named by its kind («سلطات الأمن», «دوريات الأمن») is a state force, the
  subject of «تمكنت» past a «من» before it («وبفضل من الله تمكنت …»), and for an arrest or a seizure the
  country the article's places name; a suspect's confession or an acknowledged fact («اعترف») is no concession;
- `events_place`: location and date (`events_places2`: no guest's office seat nor visitors' nisba as a
  meeting's place; `events_reference_places`: no reference point «شمال بغداد» nor talk's subject as
  the place; `events_struck_places`: the town an attack strikes, «هاجم الجيش بلدة X»);
  `events_deed_dates`: a deed noun under a trial, the accused, an anniversary or an inquiry takes only
  its own date; `events_modality`: negation, hedging, quote attribution;
- `events_merge`: one event from several tellings (`events_dupes`: a meeting's plural noun, a cable's
  wishes, told again; a deed or statement in quoted words that names no new party, «"موكلي اعتقل بشكل غير
  قانوني"», the one the article tells in its own words; `events_deed_dates`: tellings dated days apart are two
  deeds; `events_outcome`: a deed's outcome after a verb of result in its sentence, «… ما أسفر عن مقتل 4»,
  whatever place it reads; the
  dead after a fight, «تجددت الاشتباكات بين …، ما أدى إلى مقتل 60 شخصا», are its toll, no attack);
  `events_country`: the actors' and the place's countries;
  `events_shared_places`: a place name two countries share («الجوف», «رفح») by its qualifier or the article;
- `events_spurious`: trigger senses only the sentence around tells apart («استهدف» with no word of force
  aims at an audience or a goal, «استقبل» with a counted object hosts many, a bare «يدعم» with a plain
  noun after it backs a thing, «اطلع … على» with one party before «على» views a thing, a death told
  beside a fire, a flood or an accident and no arms is no attack, «وافق … على تعيين» approves a body's own
  business, «تحقيق» after «تسعى» achieves; `events_nonevents`: cited inquiry findings, Eid greetings, a
  film's plot, visitors' praise, habitual stances, a charter's content): no event;
- `events_topic_frames`: a trigger that only talks about a matter or names an office: a body's remit or a unit's
  name («المعنية بالتحقيق», «وحدة التحقيق»), a counted noun («2400 طالب»), a statistic («عدد الاعتقالات»), a warrant,
  a danger posed («شكل تهديدا»), a fact's call («مما يدعو»), a conformity («بما يتفق مع»), a creed's truth («الإسلام
  يرفض»), a polled view, a count of doers, a thing achieved («يحققونها»), the pilgrims' visit («للعمرة والزيارة»), a
  conviction («لعدم ثبوت إدانته»), a deed not allowed («لن نسمح بأن»): no event;
- `events_generic`: what tells no deed though a trigger fits (a figure of speech «استنفرت جهودها», a description
  «تنظيم إرهابي يستهدف …», «لمن يقاتل», «رئيس التحقيقات», a list of ills), and deeds only
  expected, due or allowed («من المرتقب أن تشهد … اجتماعا», «تتيح … إعادة فرض العقوبات»), hedged;
- `events_typing`: the type a finished event's actors and object call for where its trigger cannot decide
  (hostages taken are an abduction, a private killing a CRIME, an attack on words DISAPPROVE, a killing in
  fighting alone the FIGHT, a protest said and not staged DISAPPROVE); `events_object_types`: an attack on troops
  is a FIGHT, a working visit no CONSULT; `events_other_senses`, after it: pledges, «نوه أن», prayers, verbal
  attacks, accidents, police crimes, a released man's detention; with `events_civic_notices`: a prayer past a long
  subject, notices to applicants or customers, service appeals, a farewell («ودعت الدفعة»), a birth notice;
- `events_names`: names that are no actor or are cut wrongly (a publisher in quote marks, a verb or a verbal
  noun the entity layer ran on into a name, a person a building is named after, a cut-short title);
- `events_garbage`: fragments no party's name (a person's «علي» read as «على», a social platform, a time word,
  adverb or verb run on into a name, a title cut before the name it belongs to); `events_name_fragments`: spelled
  letters, number words, «لصالح», club words, pieces of longer names, and places («ريف X», «عسير داعش»);
  `events_actor_junk`, after the name checks: a blessing («… رحمه»), an honorific («سموه»), a cut title
  («سمو أمير») made the person, particles, headline verbs, glued «لـ» parties, sites visited; a verbal
  «احتج على» is criticism, a tyre's or a gas cylinder's blast no attack;
- `events_background`: deeds told as the story's context («يذكر أن …», a whole «وكان … قد» sentence) are
  background; a present verb, or a verb dated «منذ أبريل» (a span up to now), is not; a past verb takes no
  date to come; `events_deed_flags`: «وكان X سلم …» and «في السابق» are background, a deed sought, awaited,
  warned of or hoped for is hedged, a deed weeks before the article that the news follows is background;
  `events_recent_past`: the latest deed recalled («الهجوم الأخير الذي …»), one «غداة» the news, one dated
  by a named month's day over ten days back («في 12 يوليو الحالي») or «الأسبوع الماضي», and the deed of a
  culprit whose punishment is the news («بحق جان قتل …») are background; `events_context_time`: an agreement
  a relative clause or participle tells made («الاتفاق الذي تم التوصل إليه», «المبرم بين …») and what «بموجب
  الاتفاق» set down are background, and a deed told as done keeps no date after the article's (another deed's);
- `events_threat_refusal`: threats and refusals a statement tells: the speaker of a threat or refusal told in
  his reported clause («وقال X إن الخيار العسكري يبقى مطروحا»), threats and refusals told with no threatening
  or refusing word (a warning that one's side will act, force under a condition, talks declared impossible,
  «غير مقبول»), whom they are aimed at or answer, and refusals not made («يرفضها الدين», «رفض … التعليق»);
- `events_threat_owner`: the maker of a threat noun named by «أطلقه/وجهه» after it («تهديدات أطلقها تنظيم
  داعش», «إنذار أطلقته المقاومة») or by a nisba before a deed threatened («التهديد الإسرائيلي باستخدام القوة»);
- parties and senses added in sessions 25–26: `events_claims` (a claimant of a claimed attack is its doer),
  `events_verbal_attack` («هاجم … قائلا»: DISAPPROVE), `events_repelled` and `events_both_sides` (FIGHT sides
  of «صدت الهجوم», «بين الطرفين»), `events_seized_ground` (the loser of a seizure from the story's fighting),
  `events_armed_heads` and `events_dual_verbs` («إن المسلحين الحوثيين قاموا باختطاف», «قد اعتقلا»),
  `events_aimed_things` (no attack on «أمن المملكة», «أي اعتداء»), `events_said_then_asked` («قال X إن Y …
  ودعا Z»), `events_transitions` (a subject after «من جهة أخرى»), `events_visited_back` (a visit to a site
  is no meeting), `events_danger` (a peril, a threat faced: no THREATEN), `events_strikers`,
  `events_retreat_senses`, `events_described_states`;
- `events_eventness`, the last step: a model trained on hand audits drops what it scores as no event at all
  (a metaphor, a sermon's or a column's «القتل», a sports page's «هجوم»).
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import date

from marsad.clean.normalize import fold
from marsad.extract.events_accuse import attributed_deeds, blamed, conjoined_blame
from marsad.extract.events_accused import accused_party, subject_named
from marsad.extract.events_actor_junk import clean_junk
from marsad.extract.events_actors import (
    PORTFOLIO,
    Group,
    Mention,
    bind,
    definite_nisba,
    genitive_l,
    glued_prefix,
    group_mentions,
    l_marked,
    visited,
    without_portfolio,
)
from marsad.extract.events_addressees import asked_party, held_doer
from marsad.extract.events_affiliated import affiliated_source
from marsad.extract.events_agents import UNDERGONE, and_glued, attribute, pronoun_before, request_from, suffered
from marsad.extract.events_aid_recipients import ordered_giver, reached_country
from marsad.extract.events_aid_sides import carrier_sender, giver_nisba
from marsad.extract.events_allegiance import allegiance_roles
from marsad.extract.events_anaphoric_places import place_by_anaphor
from marsad.extract.events_appeal_sides import aside_addressee, join_quoted_owner, kin_appeal
from marsad.extract.events_armed_doers import armed_doers, name_story_group, owning_body, struck
from marsad.extract.events_armed_heads import body_head
from marsad.extract.events_arrest_parties import arrest_parties
from marsad.extract.events_arrested_counts import counted_arrested, pronoun_arrested
from marsad.extract.events_arrival import arrival_told_otherwise
from marsad.extract.events_asked_parties import kin_patient
from marsad.extract.events_asked_phrases import asked_agent
from marsad.extract.events_assault import munition_phrase, placed_in, quoted_object
from marsad.extract.events_attack_sides import attack_sides, owned_word
from marsad.extract.events_background import (
    KANA,
    expected_noun,
    ongoing_verb,
    past_verb,
    pluperfect_sentence,
    precedents,
    since_dated,
    since_deed_names,
    told_as_context,
)
from marsad.extract.events_battle_sides import attacked_side, fight_between_it, seizure_loser
from marsad.extract.events_behind import behind_accusations
from marsad.extract.events_besieged_places import besieged_place
from marsad.extract.events_bodies import (
    comma_before,
    fronted_collective,
    kana_aside_subject,
    light_body,
    nominative_before_object,
    people_antecedent,
    told_by_people,
)
from marsad.extract.events_body_names import add_army_countries, add_body_names, add_coordinated_nisbas
from marsad.extract.events_both_sides import attack_sides_told_before, two_sides_told_before
from marsad.extract.events_capital_places import capital_targets, place_in_capitals
from marsad.extract.events_captors import captor, freed_nisba, held_in
from marsad.extract.events_carry import CARRY_SENTENCES, pronoun_victim, reporter_of_pronoun
from marsad.extract.events_claimed_control import claimed_control_hits
from marsad.extract.events_claims import credit_claims
from marsad.extract.events_clause_sides import clash_dead_sides, light_clause_start
from marsad.extract.events_clause_times import own_times
from marsad.extract.events_condemned import (
    condemned_deed,
    condemned_not_hit,
    condemning_at,
    consoled_not_condemned,
    dead_in_deed,
    deed_noun_after,
    kind_of_killing,
    not_condemner,
)
from marsad.extract.events_conditional import in_condition
from marsad.extract.events_context_flags import (
    case_of_the_punished,
    denied_happening,
    history_year,
    punishment_carried_out,
    purpose_or_proposal,
    scheduled_ahead,
    tribe_name,
)
from marsad.extract.events_context_time import (
    foretold,
    recalled_deal,
    recalled_deal_date,
    stray_future_date,
    under_deal,
)
from marsad.extract.events_cooperation_parties import (
    aid_recipient,
    no_accord,
    opposed_parties,
    praised_owner,
    subject_before_need,
)
from marsad.extract.events_country import add_countries, note_titles
from marsad.extract.events_crossborder import crossborder_targets
from marsad.extract.events_deed_agent import CAUSE_NOUNS, killed_in, strike_doer
from marsad.extract.events_deed_dates import governed_date
from marsad.extract.events_deed_flags import bare_pluperfect, earlier_cause, said_earlier, sought_or_awaited
from marsad.extract.events_demand import titled_asker
from marsad.extract.events_described_states import (
    coalition_leader,
    guards_not_smugglers,
    land_entered,
    statement_owner,
)
from marsad.extract.events_detention_holders import held_by
from marsad.extract.events_downed import unclaimed_downing
from marsad.extract.events_dupes import plural_names_one_deed, quoted_mention, quoted_restatement, welcome_of_reception
from marsad.extract.events_eventness import drop_non_events
from marsad.extract.events_executions import executed
from marsad.extract.events_expressed import voicing_verb
from marsad.extract.events_few_victims import (
    few_victims,
    fired_on,
    other_doers,
    shooting,
    victim_phrase,
    victims_end,
)
from marsad.extract.events_fight_checks import drop_non_sides, our_fight
from marsad.extract.events_former_titles import former_roles
from marsad.extract.events_full_names import full_names
from marsad.extract.events_garbage import ali_names, clean_events
from marsad.extract.events_generic import expected_clause
from marsad.extract.events_glued_title import b_titled
from marsad.extract.events_guests import add_guests
from marsad.extract.events_honored import honored_antecedent, honorific_key
from marsad.extract.events_infrastructure_owner import infrastructure_country
from marsad.extract.events_lexicon import WITH, Lexicon, Words, bare_words, forms, lexicon, norm, readings
from marsad.extract.events_meeting_partner import meeting_with_parties, relative_clause_targets
from marsad.extract.events_meeting_sides import meeting_sides
from marsad.extract.events_mentions import POSTED_AT, entity_tokens
from marsad.extract.events_merge import across_sentences, contrasted, governed_deed, merge
from marsad.extract.events_missing_agents import conjoined_doer
from marsad.extract.events_missing_targets import (
    asked_past_aside,
    own_verb_object,
    result_people,
    titled_victim,
    undergone_in_relative,
)
from marsad.extract.events_modality import (
    PURPOSE,
    dated_after,
    dated_before,
    first_person,
    historical,
    is_background,
    is_hedged,
    is_negated,
    quote_speaker,
)
from marsad.extract.events_name_checks import check_names
from marsad.extract.events_name_completion import complete_names
from marsad.extract.events_name_fragments import clean_fragments, drop_held
from marsad.extract.events_named_slots import joined_parties
from marsad.extract.events_nominal import held_meeting
from marsad.extract.events_object_owner import object_owner
from marsad.extract.events_obvious_actors import arrested_people, asked_people, met_people, praised_doers
from marsad.extract.events_operations import operation_hits
from marsad.extract.events_other_party import blame_roles
from marsad.extract.events_other_senses import crash_death, resense_events
from marsad.extract.events_outcome import fight_toll, outcome_of, result_governed
from marsad.extract.events_own_branch import armed_speaker_forces, own_branch_before
from marsad.extract.events_own_fighters import own_fighters
from marsad.extract.events_own_office import (
    minister_portfolio,
    not_own_side,
    own_sides,
    own_title_body,
    portfolio_names,
    title_word,
    titled_subject,
)
from marsad.extract.events_party_fixes import fix_parties
from marsad.extract.events_patient_roles import forced_passive
from marsad.extract.events_pejorative import pejorative_hits
from marsad.extract.events_phrases import (
    attacked_site,
    counted,
    described_person,
    joined_verb,
    noun_subject,
    oblique_people,
    opens_clause,
    people,
    site,
    some_of,
)
from marsad.extract.events_picks import bracketed_apposition
from marsad.extract.events_place import choose_location, filed_date, nearest_date, usable
from marsad.extract.events_place_clauses import named_in_quote
from marsad.extract.events_places2 import visitor_not_place
from marsad.extract.events_plain_parties import (
    against_people,
    object_of_plural_verb,
    oblique_past_doer,
    tens_of_people,
)
from marsad.extract.events_pronoun_objects import pronoun_object, referent_as_doer
from marsad.extract.events_protest_callers import protest_callers
from marsad.extract.events_protest_crowds import protest_crowd
from marsad.extract.events_recent_past import (
    calendar_days_ago,
    culprit_deed,
    last_week,
    recent_past,
)
from marsad.extract.events_refusal_answers import answered_party
from marsad.extract.events_repelled import repelled_attackers
from marsad.extract.events_report_time import report_times
from marsad.extract.events_reported_passives import goes_on_reporting, passive_deed_parties, sentence_reporter
from marsad.extract.events_retaliation_target import retaliation_target
from marsad.extract.events_reversal import fronted_undergone, passive_charge
from marsad.extract.events_role_fixes import cited_authors, harmed_parties, nisba_doer
from marsad.extract.events_role_patients import (
    genitive_agent,
    genitive_patient,
    member_patient,
    note_story_countries,
    passive_patient,
    resolve_bare_forces,
    units_before,
)
from marsad.extract.events_roles import (
    addressed_object,
    after_relative,
    asked_after_verb,
    carried_disagrees,
    each_of_object,
    first_person_verb,
    man_for_feminine,
    masculine_verb,
    past_each_of,
    plural_opener,
    roles,
    titles_and_mods,
)
from marsad.extract.events_said_then_asked import asked_after, speaker_goes_on
from marsad.extract.events_second import (
    arrested_suspect,
    asked_of,
    gathered_parties,
    harmed_before,
    owner_of_home,
    second_party,
    struck_by_deed,
    survived_by,
    thanked_party,
    thanked_subject,
)
from marsad.extract.events_seized_ground import seizure_adversary
from marsad.extract.events_shared_places import settle_shared_places
from marsad.extract.events_site_owner import site_owner, tied_site_owner
from marsad.extract.events_sources import bomber_after, culprit_clause, deputy_source
from marsad.extract.events_speaker_checks import own_subject_after, own_unnamed_speaker, speaker_for_participle
from marsad.extract.events_spurious import wrong_sense
from marsad.extract.events_statement_doer import CONTENT_TYPES, content_doer, told_object_is_no_subject
from marsad.extract.events_statement_parties import (
    appealed_to,
    asked_before_content,
    content_names,
    duty_on,
    duty_parties,
    named_ali,
    participle_people,
    summoned_envoy,
)
from marsad.extract.events_strikers import protested_doer, protested_party, strike_crowd
from marsad.extract.events_support import (
    drop_unbacked,
    owner_as_source,
    speaker_country,
    with_message_roles,
)
from marsad.extract.events_target_choice import (
    demand_beneficiaries,
    demand_foes,
    other_clause_targets,
    own_country_targets,
    rights_holders,
    sides_of_between,
)
from marsad.extract.events_targets import (
    agreed_content_parties,
    aided_parties,
    aimed_at_parties,
    attendees,
    permitted_deed_parties,
    wronged_parties,
)
from marsad.extract.events_thing_subject import text_roles
from marsad.extract.events_threat_owner import threat_owner
from marsad.extract.events_threat_refusal import (
    pressing_party,
    refused_demand,
    stated_hits,
    stated_parties,
    threatened_antecedent,
    unreal_refusal,
)
from marsad.extract.events_tokens import (
    CLAUSE_END,
    POSSESSIVE,
    PRONOUN_SUFFIXES,
    THAT,
    Tok,
    clause_end,
    clause_of,
    clause_words,
    has,
    match_seq,
    next_word,
    opens_with,
    prefix,
    sentence_readings,
    sentences,
    split_sentences,
    tokens,
    word_before,
)
from marsad.extract.events_told_arrests import conjoined_arrester, undertaken_arrester
from marsad.extract.events_transitions import past_transition
from marsad.extract.events_triggers import (
    DONE_TO,
    Hit,
    Site,
    accused_deed,
    deed_verb,
    definite_noun,
    describes_indefinite,
    describes_thing,
    drop_topics,
    find_triggers,
    in_name,
    only_mentioned,
    ranked,
    refers_back,
    trigger_reading,
)
from marsad.extract.events_typing import retype_events
from marsad.extract.events_unanchored import kind_named
from marsad.extract.events_unrealised import attempted, future_in_past, planned_content, told_as_history
from marsad.extract.events_victims import victims_after_doers
from marsad.extract.events_visited_place import visited_place_object, visited_place_source
from marsad.extract.events_warned_party import warned_party_hits
from marsad.extract.events_wing_parents import add_parents
from marsad.extract.events_witnessed import described_by_verb, hit_by_deed, killed_beside_hit, witnessed_deed
from marsad.extract.events_wounded import WOUND, killed_by_weapon, wounded_parties
from marsad.extract.events_wrongparty import feminine_body_object
from marsad.extract.numbers import analyse_word
from marsad.model import Entity, Event, Quote, TimeExpr

__all__ = ["extract_events", "readings", "sentences"]


def extract_events(text: str, entities: list[Entity], times: list[TimeExpr],
                   quotes: list[Quote] | None = None, publisher: str | None = None,
                   reference: date | None = None, body_names: bool = True) -> list[Event]:
    """PLOVER events of `text`, one per type and sentence, with actors, place, date and modality.
    `reference`: the publication date, against which an event dated months before is background.
    `body_names`: a country actor named by a state body keeps the body's words beside it («الشرطة
    التركية»: تركيا and الشرطة التركية; `events_body_names`).
    `publisher`: the article's outlet; in a Saudi outlet's article «المملكة» with no other kingdom
    named is السعودية."""
    L = lexicon()
    W = L.words
    toks = tokens(text)
    if not toks:
        return []
    starts = [t.start for t in toks]
    home = frozenset((norm("السعودية"),)) if publisher and norm(publisher.strip().lower()) in W["saudi_outlet"] \
        else frozenset()
    ents = entity_tokens(toks, starts, _named_roles(text, former_roles(text, entities)), text, L, home)
    persons = frozenset(e.canonical for _, _, e in ents if e.label == "PER")
    names = frozenset(e.canonical for _, _, e in ents)  # the names the entities give
    places = frozenset(e.canonical for _, _, e in ents if e.label == "LOC")
    forces = L.forces
    sents = split_sentences(text, toks)
    named_inner = frozenset(k for first, last, _ in ents for k in range(first + 1, last))  # one word of a window
    if len({t.form for t in toks if t.word} & W["sport_words"]) >= SPORT_WORDS:
        return []  # a sports page («المباراة», «الدوري», «المدرب» …): its attacks, deals and talks are play
    speech = [q for q in (quotes or []) if q.kind == "speech"]
    events: list[Event] = []
    prev_events: list[Event] = []
    titled: dict[tuple[str, ...], list[str]] = {}  # «الأمين العام لجامعة الدول العربية»: whose title it is
    speaker: list[str] = []  # who the story quotes or tells of last («وأكد الملا …»), for verbs with no subject
    reporter: list[str] = []  # the person a reporting verb opening the sentence before names («قال الجبير إن …»)
    told_by: list[str] = []  # the security body whose report the sentences go on with (`events_reported_passives`)
    retold: set[int] = set()  # ids of events told only by back-reference nouns («الهجوم», «اختطافه»)
    punished = punishment_carried_out(toks)  # «نفذت وزارة الداخلية حكم القتل»: its case is the story's past
    ongoing: dict[int, Event] = {}  # events dated by «منذ» (the start of a span up to now), by id: no background
    ahead: set[int] = set()  # ids of events whose clause foretells them («قد يخرج …»): a date to come is theirs
    own_dates: dict[int, tuple[str | None, str | None]] = {}  # ids of events → (the sentence's date, their clause's)
    made_all: list[Event] = []  # every event made, held so that no id above is reused by a later event once one is
    # merged away (a reused id gave a later event another's flags, and its date depended on what ran before)
    titled_in: dict[str, Counter[str]] = {}  # the countries titles give each actor (`events_country`)
    opened: list[int] = []  # where the sentences so far start, for a pronoun's antecedent (`events_carry`)
    earlier: list[Group] = []  # the mentions of the sentence read last (`events_pronoun_objects`)
    jailer: list[str] = []  # who the story says holds its captives («المختطفين لدى X», `events_captors`)
    for a, b in sents:
        opened.append(a)
        carried_from = opened[-CARRY_SENTENCES] if len(opened) >= CARRY_SENTENCES else 0
        if opens_with(toks, a, b, L.phrases["stop_line"]):  # «رابط الخبر …»: the headline again
            break
        s_start, s_end = toks[a].start, toks[b - 1].end
        raw_hits = find_triggers(toks, a, b, L, named_inner)
        sent_words = sentence_readings(toks, a, b)  # for quick tests before a scan of the sentence for a word class
        groups = group_mentions(toks, a, b, ents, W, L.polities, forces, text,
                                _verb_tokens(toks, a, b, raw_hits, W, sent_words))
        prior_groups, earlier = earlier, groups  # the sentence before's mentions, for an object pronoun's party
        goes_on = goes_on_reporting(toks, a, b, groups)  # «وأضاف أنه تم القبض …»: the body reporting before
        told_by = sentence_reporter(text, toks, a, b, groups) or (told_by if goes_on else [])
        for g in groups:
            if not g.is_loc and g.place:
                note_titles(g.names, g.place, titled_in)  # «نائب وزير الخارجية الروسي ميخائيل بوغدانوف»
        hits = drop_unbacked(toks, a, b, raw_hits, groups)  # «أعلنت الحكومة دعم الأسعار»
        hits = operation_hits(toks, a, b, hits, groups, W, sent_words)  # «نفذت المقاومة عمليتين ضد مسلحي الحوثي»
        hits = attributed_deeds(toks, hits, L)  # «ونسبت الشرطة الهجوم إلى …»
        found = hits  # every trigger, also those dropped below: a relative clause on one tells a deed
        with_doer: set[int] = set()
        charged: set[int] = set()  # deeds kept as what an accusation charges («اتهمت X Y بقصف …»)
        asked_deeds: set[int] = set()  # deeds a request asks of its addressee («طلب X من Y شن غارات»): no event
        hits = [h for h in drop_topics(toks, a, b, hits, W, with_doer, charged, asked_deeds)
                if not refers_back(toks, a, h, W)
                and not in_name(toks, h, W)  # «جماعة الاعتصام»
                and not any(t.start <= toks[h.first].start < t.end for t in times)]  # «فجر اليوم»
        covered = {k for g in groups for k in range(g.first, g.last)}
        rank = {id(h) for h in hits if ranked(toks, a, h, W)}
        noun_ends = {(h.last, h.trig.type) for h in hits if h.trig.pos == "n" and h.last - h.first == 1}
        hits = [h for h in hits if not (h.trig.pos == "v" and (h.first, h.trig.type) in noun_ends)  # «الهجوم استهدف»
                and not _describes_deed(toks, h, found)]
        hits = _drop_retold(toks, hits)
        hits = [h for h in hits if (not describes_thing(toks, a, h, found, covered, W) or told_by_people(toks, a, h, W))
                and not only_mentioned(toks, a, h, W)
                and not describes_indefinite(toks, a, h, hits, covered)
                and not _inanimate_subject(toks, a, h, covered, W) and not _any_of(toks, a, h, W)
                and not wrong_sense(toks, a, b, h, found, covered, W)]
        hits = [h for h in hits if not our_fight(toks, h)]  # «انتصرنا في معركتنا» (`events_fight_checks`)
        hits = [h for h in hits if not unreal_refusal(toks, a, b, h)]  # «يرفضها الدين», «رفض في وقت سابق التعليق»
        hits = [h for h in hits if not in_condition(toks, a, h)]  # «إذا رفضت جماعة الحوثي التفاوض»: only supposed
        hits = [h for h in hits if not arrival_told_otherwise(toks, a, h, W)]  # «كيري الذي وصل القاهرة في جولة»
        # «إذا لم يوافق X … فإنه سيكون للحكومة الحق في إخراجهم بالقوة», «إن من المستحيل مواصلة عملية السلام»
        hits = sorted([*hits, *stated_hits(toks, a, b, hits, sent_words)], key=lambda h: h.first)
        # «وأعلنت هيئة تحرير الشام سيطرتها على مطار حلب»: ground announced taken (`events_claimed_control`)
        hits = sorted([*hits, *claimed_control_hits(toks, a, b, hits, groups, L)], key=lambda h: h.first)
        # «وحذر فيدان إسرائيل من توسيع الحرب»: a warning to a party named (`events_warned_party`)
        hits = sorted([*hits, *warned_party_hits(text, toks, a, b, hits, groups, ents, W, sent_words)],
                      key=lambda h: h.first)
        # «وصف X الهجوم … بالعمل الإجرامي», «واعتبر X الإعلان تصعيدا خطيرا» (`events_pejorative`)
        hits = sorted([*hits, *pejorative_hits(toks, a, b, hits, W, W["needs_source"], found,
                                                        covered, sent_words)], key=lambda h: h.first)
        stops = {k for h in hits for k in range(h.first, h.last)}
        for i, g in enumerate(groups):
            glued = g.glued = glued_prefix(text, toks, g, entities_by_tok=ents)
            bare = glued.lstrip("وف")
            genitive = genitive_l(toks, g, W)  # «الأمين العام لمنظمة …»: whose title, not a target
            if genitive and i and groups[i - 1].last == g.first and groups[i - 1].last - groups[i - 1].first == 1 \
                    and definite_nisba(toks[groups[i - 1].first]):
                groups[i - 1].binding = "mod"  # «الفرع المصري لتنظيم داعش»: the adjective of the title, no party
            if genitive and g.actor and not g.is_loc:
                title = _title_before(toks, a, g, W)
                if title:
                    titled[title] = list(g.names)
            if _after_skip(toks, g, W) or _reported_by(toks, a, g, W) or _posted_to(toks, a, g, W) \
                    or _headed_by(toks, a, g, groups, W) or _solidarity_with(toks, a, g, hits):
                g.binding = "skip"  # «الانفصاليين الموالين لروسيا»: whose side; «وفق بيانات لوزارة الصحة»: who says so
            elif bare[:1] in ("ب", "ل") and not genitive:  # «بجدة», «لقطاع غزة»: the preposition is glued on
                g.binding = "loc" if (g.is_loc and not g.force and bare[0] == "ب") else "target"
            else:
                g.binding = bind(toks, g, groups[i - 1] if i else None, stops, W, glued)
            if g.binding == "from" and g.first > a and past_each_of(toks, g.first - 2, b) == g.first:
                g.binding = None  # «وقعت كل من مصر والسودان»: each of the subject's parties, not a source
            elif g.binding == "from" and each_of_object(toks, g.first):
                g.binding = "target"  # «دعا بارزاني كلا من الحكومة التركية وحزب العمال»: each one asked
            if g.binding is None and l_marked(toks, g, W, glued=not genitive):
                g.binding = "target"  # «لجلالة الملك محمد السادس», «للرئيس …»: لـ on its title
            elif g.binding is None and b_titled(toks, g.first, W):
                g.binding = "target"  # «اتصل نتنياهو بالرئيس الفلسطيني محمود عباس»: بـ on its title
            if i and g.binding in (None, "target") and (_apposition(toks, groups[i - 1], g, b)
                                                        or bracketed_apposition(toks, groups[i - 1], g, b)
                                                        or (groups[i - 1].actor
                                                            and _ranked_apposition(toks, groups[i - 1], g, W))):
                if _titled_place(toks, groups[i - 1], g, W):
                    groups[i - 1].binding = "mod"  # «دعا مفتي فنلندا، الدكتور وليد حمود، إلى»: the man, whose
                    # title the place is of
                else:
                    g.binding = "mod"  # «أدان شوقي علام، مفتي مصر، العملية»: whose title, not a party
            if minister_portfolio(toks, g):
                g.binding = "mod"  # «وزير الداخلية بمملكة البحرين»: a title's word, no party
            elif g.binding in (None, "target") and own_title_body(toks, groups, i, hits, W):
                g.binding = "mod"  # «عبدالله بن مساعد الرئيس العام لرعاية الشباب»: his own office
            if g.is_loc and not g.actor and g.binding in (None, "target"):
                g.binding = "loc"  # a town is where things happen, never a party («قصف مدينة تعز»)
            g.visited = g.is_loc and visited(toks, g, a, W) and not visitor_not_place(toks, g)  # «بزيارة الوفد المصري»
            if i and g.is_loc and g.last - g.first == 1 and definite_nisba(toks[g.first]) and g.binding is None \
                    and groups[i - 1].binding in ("mod", "skip") \
                    and not groups[i - 1].is_loc and all(not toks[k].word for k in range(groups[i - 1].last, g.first)):
                g.binding = groups[i - 1].binding  # «في صحيفة «السفير» اللبنانية»: the paper's country, no party
        join_quoted_owner(toks, groups, W)  # «الأمين العام لـ"حزب الله" حسن نصر الله»: one actor
        portfolios = portfolio_names(toks, groups)
        own_party = own_sides(toks, groups, persons)  # «هنية رئيس حركة حماس»: his own movement, no party he addresses
        cont = opens_with(toks, a, b, L.phrases["continuation"])
        # the sentence's times date its deeds, or those of the sentence before that it goes on with
        s_times = _sentence_times(toks, a, b, times, text) if hits or (cont and prev_events) else []
        if cont and prev_events:
            place = next((g.place for g in groups if g.binding == "loc" and g.place), None)
            date = nearest_date(s_times, toks[a].start)
            for ev in prev_events:
                if place:
                    ev.location = place
                if date and not ev.date:
                    ev.date = date
        here: dict[str, Event] = {}
        backref: set[int] = set()  # ids of events told only by a definite noun («الهجوم»)
        anaphoric: set[int] = set()  # ids of events told only by a noun that refers back
        restated: set[int] = set()  # ids of events told only by a ranked noun («وهو أحدث هجوم»)
        causes: set[int] = set()  # ids of events told after a word of cause («ردا على مقتل …»)
        told_at: dict[int, int] = {}  # ids of events → the first token of their first trigger
        opener = [k for k in range(a, b) if toks[k].word][:2]
        verbs: list[tuple[Hit, Event]] = []  # verbs of this sentence with a subject, in order
        condemned: list[tuple[int, Event]] = []  # this sentence's condemnations: the condemning word, the event
        mute: tuple[Hit, Event] | None = None  # the last verb of this sentence with no subject named
        for h in hits:
            if id(h) in asked_deeds:
                continue  # asked for, not done; it still ends the request's words
            made = _event(text, toks, a, b, h, hits, groups, s_times, speech, L)
            # «أدانت الجريمة التي نفذها مستوطنون فجر اليوم»: the crime's time, not the condemnation's; the time
            # read off the whole sentence still tells whether the deed is the story's past and keeps tellings
            # apart; the event takes its own clause's time only once all that is done (`own_dates`)
            clause_ts = own_times(toks, a, b, h, found, s_times)
            said_date = made.date if made is not None else None
            own_date = said_date if clause_ts == s_times or made is None else (
                _event(text, toks, a, b, h, hits, groups, clause_ts, speech, L) or made).date
            if made is None or kind_of_killing(toks, h):  # «تسعى إلى تقويض الأمن وقتل الأبرياء»: no deed told
                continue
            if no_accord(toks, h):  # «يتفق مع ذات الرأي»: shares a view, no agreement
                continue
            if named_ali(text, toks, h, groups):  # «أن علي صالح مازال يتوهم»: a name, no duty laid on anyone
                continue
            ev = made
            made_all.append(ev)
            ev.target = [n for n in ev.target if n not in portfolios]  # «لوزير الداخلية بمملكة البحرين»
            ev.source, ev.target = owner_as_source(toks, h, groups, ev.source, ev.target)  # «أكد وقوف دولة الكويت …»
            if not ev.source and (maker := threat_owner(toks, h, groups)):  # «تهديدات تنظيم داعش لحماس»
                ev.source, ev.target = maker, [n for n in ev.target if n not in maker]
            pledge = allegiance_roles(toks, a, b, h, groups, ev.source, ev.target)  # «أعلنت مبايعتها لـ»
            if pledge is None:
                continue
            ev.source, ev.target = pledge
            # «بعث X برقية تهنئة لـ Y», «تلقى Y برقية تهنئة من X»: the sender is the source
            ev.source, ev.target = with_message_roles(toks, a, h, groups, W, ev.source, ev.target)
            ev.source, ev.target = speaker_country(toks, a, h, groups, ev.source, ev.target)  # «أن بلاده ستواصل …»
            theirs = since_deed_names(toks, h, hits, groups, b)  # «زيارة … منذ توقيع الاتفاق بين إيران و…»
            if theirs:
                _drop_parties(ev, theirs)
            # «بدأت اليوم محاكمة المتهمين في تفجير المسجد»: the trial's date, not the bombing's; the bombing is past
            ev.date, ev.background = governed_date(toks, a, b, h, hits, s_times, ev.date, ev.background)
            if not ev.hedged and scheduled_ahead(toks, h, ev.date, reference):  # «يزور لبنان الأربعاء المقبل»
                ev.hedged, ev.mode = True, ev.mode or "hedged"
            year = history_year(toks, a, reference)  # «1951 - اغتيال العاهل …»: a «this day in history» item
            if year is not None:
                ev.background, ev.date = True, ev.date or year
            if punished and not ev.background and (case_of_the_punished(toks, a, b, h) or culprit_deed(toks, a, h)):
                ev.background = True  # «أقدم … على قتل …» told with «نفذت وزارة الداخلية حكم القتل»
            if not ev.background and recent_past(toks, a, h):
                ev.background = True  # «الاعتداء الإرهابي الأخير الذي استهدف …», «غداة الإعلان عن موافقة …»
            if not ev.background and recalled_deal(toks, h):  # «الاتفاق الذي تم إبرامه أخيرا بين …»
                ev.background, ev.date = True, recalled_deal_date(toks, h, s_times, ev.date)
            ev.background = ev.background or under_deal(toks, h)  # «وبموجب الاتفاق وافقت إيران على …»
            if foretold(toks, a, h):  # «قد يخرج من السجن في نوفمبر بموجب إطلاق سراح»: its date to come is its own
                ahead.add(id(ev))
            if not ev.hedged and past_verb(toks, h) and dated_after(ev.date, reference):
                if expected_noun(toks, h):  # «أجري معه … أن لقاءه المرتقب يوم 3 أغسطس»: a meeting to come
                    ev.hedged, ev.mode = True, ev.mode or "hedged"
                else:
                    ev.date = None  # «شن حفتر هجوما … قبل انتهاء ولايته في أكتوبر المقبل»: a later deed's date
            if not ev.background and earlier_cause(toks, a, h, ev.date, reference) \
                    and not since_dated(s_times, ev.date, text):  # (not «هجمات … منذ منتصف يوليو»: up to now)
                ev.background = True  # «إثر هجوم انتحاري في 20 يوليو» told in August, «بعد أيام من توقيع …»
            if not ev.background and (calendar_days_ago(toks, h, ev.date, s_times, reference)
                                      or last_week(toks, h, ev.date, s_times)) \
                    and not since_dated(s_times, ev.date, text):
                ev.background = True  # «وفي 12 يوليو الحالي قامت انتحاريتان بتفجير …» told ten days later
            if not ev.background and dated_before(ev.date, reference):
                if h.trig.pos == "v" and since_dated(s_times, ev.date, text):  # «قتلت 223 عنصرا منذ أبريل»
                    ongoing[id(ev)] = ev
                elif ongoing_verb(toks, h):  # «وتنتقد … الانتخابات» after «انتخابه في 2010»: another deed's date
                    ev.date = None
            if ev.date == said_date and own_date != said_date:
                own_dates[id(ev)] = (said_date, own_date)  # its own clause's time (`events_clause_times`), or none
            if id(h) in with_doer and not ev.source:
                continue  # a condemned deed with no doer named: the topic of the condemnation only
            accuser = here.get("DISAPPROVE")
            if id(h) in with_doer and accuser is not None and not accuser.target:
                accuser.target = [n for n in ev.source if n not in accuser.source]  # who is condemned
            ev.start, ev.end = s_start, s_end
            if ev.type in _PAIR_TYPES and _pair_subject(toks, a, h, b, W):
                # «التقى أوباما بخاري … وناقش الرئيسان …»: the two parties of the meeting told before
                pair = next((p for p in reversed([*events, *here.values()]) if p.type in _PAIR_TYPES
                             and p.source and p.target), None)
                if pair is not None and pair.type == ev.type and any(p is pair for p in events) \
                        and pair.background <= ev.background:  # told on (not a past deal: «وكان الجانبان قد اتفقا»)
                    merge(pair, replace(ev, source=list(pair.source), target=list(pair.target)))
                    continue
                if pair is not None:
                    ev.source, ev.target = list(pair.source), list(pair.target)
            undergone = suffered(toks, h, W) or passive_charge(toks, h, b, groups, W)  # «وتعرض الرئيس … لهجوم»,
            patient = [] if undergone else passive_patient(toks, a, h, b, ev, groups, persons, W) \
                or member_patient(toks, a, h, b, ev, groups, W)  # «قتل اليوم …», «وقتل قيادي في حزب الله …»
            units = [] if undergone else units_before(toks, a, h, b, groups)  # «إن جنديين تركيين قتلوا»
            # «أن يتهم بالمحاباة»: its subject is no doer
            # «ونطالب ولي العهد الأمير فلان بـ»: the man is asked, no holder of a title the subject has
            we_ask = h.trig.type == "DEMAND" and first_person_verb(toks, h, L)
            holder = None if undergone or we_ask else _title_holder(toks, a, h, b, groups, persons, L)
            if holder is not None and set(ev.source) != set(holder.names) and all(
                    not any(n in g.names for g in groups if g.first >= holder.first) for n in ev.source):
                # (a source named at or after the holder stays: «تلقى الأمير … اتصالا من الرئيس هادي»)
                # «وأدان نائب المبعوث الرئاسي الخاص للتحالف الدولي لمواجهة تنظيم داعش بريت مكجيرك …»
                ev.source = list(holder.names)
                ev.target = [n for n in ev.target if n not in ev.source  # not the bodies of the title
                             and not any(n in g.names for g in groups if h.last <= g.first < holder.last)]
            if ev.type == "DEMAND" and not ev.target and request_from(toks, h, groups, b) is not None:
                # «أعلنت السلطات الألمانية الإفراج عنه بناء على طلب من مصر»: asked of the clause's doer
                done = next((p for p in reversed(list(here.values())) if p.source and p.type != "DEMAND"), None)
                ev.target = [n for n in done.source if n not in ev.source] if done is not None else []
            if holder is None and not undergone and not we_ask and (said_by := titled_subject(
                    toks, a, h, hits, groups, persons, ev.source, ev.target, W)):
                ev.source, ev.target = said_by  # «دان أمين سر مجلس الأمة الكويتي، عادل الخرافي، العمل»
            if _undergone_by_person(toks, h, b, ev, groups, persons):
                ev.source, ev.target = [], ev.source  # «واعتقل محمد علان في نوفمبر»: he was arrested
            if _verbal_attack(toks, h, ev, persons):
                ev.type = "DISAPPROVE"  # «شن النائب هجوما على رئيس الوزراء»: words, not arms
            accuser = here.get("DISAPPROVE")
            if accuser is not None and not undergone and (id(h) in charged or _charged(toks, a, h, W)
                                                            or blamed(toks, a, h, W)):
                # «تتهم روف بتسع عمليات قتل»: the deed charged is the accused's, not the accuser's or a
                # speaker's named before the charge
                ev.source = [n for n in accuser.target if n not in accuser.source]
                ev.target = [n for n in ev.target if n not in ev.source and n not in accuser.source]
            if id(h) in charged and (accuser is None or not ev.source):
                continue  # a deed charged to no one named, or by no accusation told: the topic only
            if accuser is not None and accuser.source and (accused_deed(toks, h) or owned_word(
                    toks, h, groups, b, W, ev.source) is not None):
                # «اتهمت الوحدات تركيا باستهدافها», «… باستهداف مواقعها»: the accused did it, to the accuser
                if not ev.target and not set(accuser.source) & set(ev.source):
                    ev.target = list(accuser.source)
                if not accuser.target and ev.source:
                    accuser.target = [n for n in ev.source if n not in accuser.source]
            if h.trig.pos == "v" and (honored := _honored(toks, ents, h, b)):
                # «واستنكر معاليه»: the subject is who was called «معالي», whoever the rules read around it
                ev.source, ev.target = honored, [n for n in ev.target if n not in honored]
            if not ev.source and h.trig.pos == "v" and opener and not undergone and (
                    h.first == opener[0] or (toks[opener[0]].form == "كما" and h.first in opener)) \
                    and not own_subject_after(toks, h.first, b, W):  # «وأبدى عدد من المتسوقين …»: its own subject
                same = next((p for p in prev_events if p.type == ev.type and p.source), None)
                if same is None and _plain_verb(toks, h, b, W):
                    same = next((p for p in prev_events if p.source and not p.claimed_by), None)
                if same is not None and h.trig.type in W["needs_source"] and _he(h) and reporter \
                        and not set(same.source) & set(reporter) and (_plain_verb(toks, h, b, W)
                                                                     or _feminine_object(toks, h, b, W)):
                    # «قال الجبير إن المملكة تقف مع اليمن. ودعا إلى …»: he who spoke goes on, not whom he spoke of
                    same = replace(same, source=list(reporter))
                if same is not None and carried_disagrees(toks, h, same.source, persons, text, L):
                    pass  # «وأشار مايك هاوز …. وعبرت بعض منظمات …»: a feminine verb does not go on with a man
                elif same is not None:  # «كما تستهدف …», «وأشاد بجهود …»: the previous sentence's subject goes on
                    ev.source = list(same.source)
                    ev.target = [n for n in ev.target if n not in ev.source]
                elif carried_disagrees(toks, h, speaker, persons, text, L):
                    pass  # «… واعترفوا عليه»: a plural verb does not go on with the one man spoken of
                elif speaker and (_plain_verb(toks, h, b, W) or _feminine_object(toks, h, b, W)
                                  or _oblique_object(toks, h, b, groups) or addressed_object(toks, h, b, groups, L)):
                    # «وأكد الملا …. وأشاد بجهود …», «… ودعا الأمة إلى …», «… ودعت المجتمع الدولي إلى …»:
                    # the one spoken of goes on
                    ev.source = [n for n in speaker if n not in ev.target]
                elif speaker and not all(n in persons for n in speaker) and plural_opener(toks, h, b, L):
                    # «وأدان المشاركون …. ودعوا المجتمع الدولي إلى …»: they go on; the noun is asked
                    ev.source = [n for n in speaker if n not in ev.target]
                    ev.target = ev.target or [n for n in noun_subject(text, toks, h.last, b, groups, L, _timed(
                        toks, h.last, b, s_times))[0] if n not in ev.source]
            if ev.source and _circumstantial(toks, a, h, W) and (
                    said := speaker_for_participle(toks, a, h.first, ev.source, groups, W)) is not None:
                # «وأكد المسؤول أن الحكومة اليمنية …، داعيا»: the speaker calls, not whom he spoke of
                ev.source = said
                ev.target = [n for n in ev.target if n not in said]
            elif not ev.source and _circumstantial(toks, a, h, W):
                # «…، مطالبا المجالس التشريعية بـ»: the subject of the sentence's verb, else the speaker
                told = [v for _, v in verbs if not v.claimed_by]  # not a verb inside a quote
                said = _opening_speaker(toks, a, b, groups, W)  # «وقال X إن Y اعتقلت …، مطالبا»: X's, not Y's
                opening = _opening_subject(toks, a, h, groups, W)  # «من جهته اعرب الاتحاد … عن قلقه …، داعيا»
                ev.source = said or list(told[-1].source) if said or told else opening or [
                    n for n in speaker if n not in ev.target and not own_unnamed_speaker(
                        toks, past_transition(toks, a, b), h.first, W)]
                ev.target = [n for n in ev.target if n not in ev.source]
            if ev.source and h.trig.pos == "v" and mute is not None \
                    and (not verbs or verbs[-1][0].first < mute[0].first) \
                    and told_object_is_no_subject(ev.type, mute[1].type, toks[mute[0].first].form) \
                    and _shared_subject(toks, h, ev, [mute], groups) == []:
                ev.source = []  # «إنهم يرفضون ما يقوم به الحوثيون … ويرفضون»: the pronoun's speaker goes on
            if ev.source and verbs and (h.trig.pos == "v" or _owned_deed(toks, h)):
                ev.source = _shared_subject(toks, h, ev, verbs, groups) or ev.source
            stated = [v for p, v in verbs if p.trig.type in W["needs_source"]]  # the statements before it
            if ev.source and stated and (swap := conjoined_blame(toks, h, ev.source, stated[-1].source, groups, W)):
                ev.source, ev.target = swap  # «دانت الحكومة … وحملت إسرائيل المسؤولية»: Israel is blamed
            if not ev.source and h.trig.pos == "v" and not undergone:
                # «وطالب المجلس …»: a body named before by its full name (not «وتعرض الرئيس لهجوم»: he suffered it)
                ev.source = _told_body(toks, h, b, [*events, *here.values()], L) or _bare_title(toks, h, b, titled)
                if not ev.source and ev.target and h.trig.type == "DEMAND" and titled_asker(toks, h, b, groups):
                    # «…، ودعا الوزير المنظمات الدولية إلى …»: the bare title is the man the story tells of
                    ev.source = [n for n in _opening_speaker(toks, a, b, groups, W) or speaker
                                 if n in persons and n not in ev.target]
                ev.target = [n for n in ev.target if n not in ev.source]
            if ev.source and h.trig.pos == "v" and not undergone \
                    and (arms := _own_arms_before(toks, a, h, groups, W)) and not set(arms) & set(ev.source):
                # «قال الجيش الإسرائيلي إن قواته اغتالت قياديا في حزب الله»: the speaker's forces did it;
                # a party named after the verb is what they did it to, not its subject
                later = {n for g in groups if g.first >= h.last for n in g.names}
                ev.target = list(dict.fromkeys([*ev.target, *(n for n in ev.source if n in later and n not in arms)]))
                ev.source = list(arms)
            if ev.source and h.trig.pos == "v" and not undergone \
                    and (spoken := armed_speaker_forces(toks, a, h, groups, L)) and not set(spoken) & set(ev.target):
                ev.source = spoken  # «وقال المتحدث العسكري باسم الحوثيين إن القوات المسلحة استهدفت …»
            if not ev.source and h.trig.pos == "v" and not undergone:
                # «… المتمردون …، حيث يعتدي عناصرها على …»: their men
                ev.source = [n for n in _members_of(toks, a, h, b, groups, W) or _own_arms_before(toks, a, h, groups, W)
                             or own_branch_before(toks, a, h, groups, L) if n not in ev.target]
            prior = list(verbs[-1][1].source) if verbs and h.trig.type not in W["needs_source"] else []
            if not ev.source and h.trig.pos == "v" and not undergone and _conjoined(toks[h.first], h) and (
                    doer := conjoined_doer(toks, a, h.first, prior, groups, W)) \
                    and not set(doer) & set(ev.target) and not man_for_feminine(toks, a, h, doer, groups, L):
                ev.source = doer  # «وأعلنت الشرطة … واعتقلت خمسة آخرين»: the opening verb's subject goes on
            _phrase_actors(text, toks, a, b, h, ev, groups, list(here.values()), s_times, L)
            ev.source, ev.target = forced_passive(toks, h, b, ev.source, ev.target, W)  # «أجبروا على العمل»
            clause_times = _timed(toks, a, b, s_times)
            doers, done_to = armed_doers(text, toks, a, b, h, hits, groups, ev.source, clause_times, W)
            if doers:
                # «هاجم مسلحون مجهولون حافلة», «إن عناصر إرهابية استهدفت …»; «واغتال مسلحون أمس الشيخ فلان»:
                # the name after the men is whom they killed (`events_armed_doers`)
                ev.target = [n for n in dict.fromkeys([*ev.source, *ev.target]) if n not in doers] \
                    or [n for n in struck(text, toks, done_to, b, groups, clause_times, L) if n not in doers]
                ev.source = doers
            elif owner := owning_body(toks, a, b, h, groups, ev.source, clause_times, L):
                # «شنت مقاتلات تابعة للتحالف العربي غارات»: the body the force belongs to did it
                ev.source, ev.target = owner, [n for n in ev.target if n not in owner]
            # the second party named away from the verb (`events_second`)
            timed = _timed(toks, h.last, b, s_times)
            if not ev.target:  # «الهجوم الانتحاري الذي استهدف في سروج ناشطين …»: what the attack hit
                ev.target = struck_by_deed(text, toks, h, b, groups, timed, L) \
                    or survived_by(toks, h, a, groups) or harmed_before(text, toks, a, h, groups, L)
            if ev.source and (thanks := thanked_subject(text, toks, h, b, ev.source, groups, timed, L)):
                ev.source, ev.target = thanks  # «وقدم محافظ الخرج شكره لسامي المطيري»: he was thanked
            if not ev.target and (met := gathered_parties(text, toks, h, b, groups, timed, L)
                                  or meeting_with_parties(text, toks, h, b, groups, timed, L)):
                # «خلال اجتماع جمع X أمس، مع Y»: the verb «جمع» names both parties
                ev.source = ev.source or met[0]
                ev.target = [n for n in met[1] if n not in ev.source]
            if not ev.target and (met_with := met_people(text, toks, h, b, ev.source, groups, timed, L)
                                  or asked_people(text, toks, h, b, ev.source, groups, L)
                                  or praised_doers(text, toks, h, b, ev.source, groups, L)
                                  or arrested_people(text, toks, h, b, ev.source, groups, timed, L)):
                # «اجتماعاً مع وكلاء الوزارة», «وطالبت اللجنة … الرئاسات الثلاث بعقد»: people no entity names
                # (`events_obvious_actors`)
                ev.target = met_with
            if ev.source and not ev.target:  # «ودعت الحكومة، في بيان لها أمس، المجتمع الدولي إلى …»
                ev.target = second_party(text, toks, h, b, ev.source, groups, timed, L) \
                    or thanked_party(text, toks, h, b, ev.source, groups, L) \
                    or arrested_suspect(text, toks, h, b, ev.source, groups, timed, L) \
                    or owner_of_home(text, toks, a, h, b, ev.source, groups, L) \
                    or asked_of(text, toks, h, b, ev.source, groups, timed, L) \
                    or accused_party(text, toks, a, h, b, ev.source, groups, timed, L)  # «اتهم X Y بـ»
            if ev.source and ev.target and subject_named(toks, groups, ev.target) and (accused := accused_party(
                    text, toks, a, h, b, [*ev.source, *ev.target], groups, timed, L)):
                ev.target = accused  # «اتهم أحد المقيمين يدعى فلان، مستشفى خاصاً بجدة، بـ» (`events_accused`)
            if ev.source and not ev.target:  # «وأشاد بجهود المملكة», «مساعدات … للشعب اليمني»
                ev.target = praised_owner(text, toks, h, b, ev.source, groups, W) \
                    or aid_recipient(toks, h, b, ev.source, groups) \
                    or reached_country(toks, h, b, groups, ev.source)  # (`events_cooperation_parties`, «إلى عدن»)
            if not ev.source and ev.type in _PAIR_TYPES and (
                    _occasion(toks, a, h, b, W) or held_meeting(toks, a, h.first, h.last, b, W)
                    or (bool(ev.target) and _visit_occasion(toks, a, h, b, W))):  # «وقال X في زيارة للرياض»
                # «وقال X خلال لقاء مع Y»: the meeting is the occasion of the sentence's statement, its speaker met
                ev.source = [n for n in _opening_speaker(toks, a, b, groups, W) or _clause_speaker(
                    toks, a, b, groups, W) if n not in ev.target]
            if h.trig.pos == "v" and h.trig.type in W["needs_source"] and _we(toks, h, L) \
                    and (us := _speaking_for(toks, a, b, h, groups, speech, speaker, names, W)):
                # «وقال: ندين …», «نحن نطالب حزب العمال بـ», «أنا أندد»: the speaker did it; a name after it is asked
                # what the rules took for its subject right after it (a name there, or words no entity names
                # read off what follows it) is its object; a name read further off is neither
                nw = next_word(toks, h.last, b)
                asked = [n for n in ev.source if any(n in g.names for g in groups if g.first == nw)
                         or not any(n in g.names for g in groups)]
                ev.target = [n for n in dict.fromkeys([*asked, *ev.target]) if n not in us]
                ev.source = us
            if said := speaker_goes_on(toks, a, h, groups, W):
                # «قال إردوغان إن عملية السلام باتت مستحيلة ودعا البرلمان إلى …»: he asks, البرلمان is asked
                ev.target = [n for n in dict.fromkeys([*asked_after(toks, h, b, groups), *ev.target]) if n not in said]
                ev.source = said
            if h.trig.pos == "v" and h.trig.type in W["needs_source"] and _statement_subject(toks, h, b, W):
                # «ودعا البيان الحكومة …»: the statement speaks for whom the story quotes, not for a name after it
                author = [n for n in speaker if n not in ev.source] or next(
                    (list(v.source) for v in reversed([*events, *here.values()])
                     if v.source and not v.claimed_by and v.type in W["needs_source"]), [])
                if author:
                    ev.target = list(dict.fromkeys([*ev.target, *ev.source]))
                    ev.target = [n for n in ev.target if n not in author]
                    ev.source = author
            if not ev.source and h.trig.pos == "v" and verbs and _conjoined(toks[h.first], h) \
                    and not set(verbs[-1][1].source) & set(ev.target) \
                    and not man_for_feminine(toks, a, h, verbs[-1][1].source, groups, L):
                # «ورحب الأمين العام للأمم المتحدة … وحث جميع الأطراف …»: the earlier verb's subject
                # (not when it is this verb's own object: «طلبت تركيا … وتتضامن مع تركيا»)
                ev.source = list(verbs[-1][1].source)
                ev.target = [n for n in ev.target if n not in ev.source]
            if not ev.source and h.trig.pos == "v" and h.trig.type in W["needs_source"] \
                    and _conjoined(toks[h.first], h) and (shared := _fronted_of_first(toks, a, h, groups, W)):
                # «أن مجلس الرابطة يتابع الأوضاع ويؤيد موقف الأردن»: the first verb's fronted subject goes on
                ev.source = [n for n in shared if n not in ev.target]
            if not ev.source and h.trig.pos == "v" and not undergone and (carried := reporter_of_pronoun(
                    toks, a, b, h.first, _opening_speaker(toks, a, b, groups, W), speaker, W)):
                # «وأشار إلى أنه يزور أوجلان», «وقال الجيش النيجيري إنه أنقذ …»: who reports it did it
                ev.source = [n for n in carried if n not in ev.target]
            # «وأفاد المتحدث الأمني لوزارة الداخلية … أنه تم القبض على …»: the body that reports it did it
            ev.source, ev.target = passive_deed_parties(text, toks, a, b, h, groups, L, ev.source, ev.target,
                                                        told_by if goes_on else [])
            # «ما دفع الشرطة إلى القبض على …», «X الذي كان قد اعتقل في …» (`events_arrest_parties`)
            ev.source, ev.target = arrest_parties(text, toks, a, b, h, groups, list(here.values()), W, ev.source,
                                                  ev.target)
            # «هرعت الشرطة إلى الموقع وقبضت على الجاني»: the opening verb's subject (`events_told_arrests`)
            # «وقد باشرت الجهات الأمنية … القبض عليهم»: the subject of «باشر»
            ev.source = ev.source or conjoined_arrester(toks, a, h, groups, ev.source, ev.target) \
                or undertaken_arrester(toks, a, h, groups, ev.source, ev.target)
            # «تم اعتقال اثني عشر شخصا», «القبض على شخصين»: a count the rules above miss (`events_arrested_counts`)
            ev.target = ev.target or counted_arrested(text, toks, h, b, groups, ev.source, ev.target,
                                                      _timed(toks, h.last, b, s_times), W) \
                or pronoun_arrested(text, toks, a, h, b, groups, ev.source, ev.target, forces) \
                or arrested_suspect(text, toks, h, b, ev.source, groups, timed, L)  # «تم القبض على الجاني»
            if ev.source and not ev.target:  # «… لا يجيبون لماذا يعتقلونه»: the man the story named before
                ev.target = pronoun_victim(toks, h, b, ents, carried_from, ev.source)
            if ev.source and not ev.target and (doer := referent_as_doer(text, toks, a, h, b, groups, persons,
                                                                         ev.source, W)):
                # «… الخطيب رسالة إلى قائد الشرطة الإسرائيلية مطالبا إياه»: the verb does not agree with the
                # party read as its doer, its pronoun does
                ev.source, ev.target = doer, ev.source
            if ev.source and not ev.target:  # «… متهما إياه بـ», «وطالبهم بـ»: the party named before that agrees
                lo = opened[-2] if len(opened) > 1 else a
                named_before = [n for e in [*events, *here.values()] if e.start >= toks[lo].start
                                for n in [*e.source, *e.target]]
                ev.target = pronoun_object(text, toks, lo, h, b, [*prior_groups, *groups], persons, ev.source,
                                           named_before, W)
            if h.trig.type == "DEMAND" and h.trig.pos == "v" and verbs and ev.source and _after_haith(toks, a, h) \
                    and verbs[-1][1].source and not set(verbs[-1][1].source) & set(ev.source):
                # «ودانت الجامعة … حيث طالبت أنقرة باحترام …»: حيث goes on with the subject; the name is asked
                ev.target = [*ev.source, *[n for n in ev.target if n not in ev.source]]
                ev.source = list(verbs[-1][1].source)
                ev.target = [n for n in ev.target if n not in ev.source]
            if patient and set(ev.source) == set(patient):  # he was killed, not the killer (`events_role_patients`)
                ev.source, ev.target = [], [*patient, *[n for n in ev.target if n not in patient]]
            if units:  # the soldiers' country underwent it, whoever else the clause names (`events_role_patients`)
                ev.source = [n for n in ev.source if n not in units]
                ev.target = [*units, *(n for n in ev.target if n not in units)]
            if (hit := genitive_patient(toks, h, b, groups, W)) and set(hit) & set(ev.source):
                # «استهداف الجيش المصري»: the army was attacked (`events_role_patients`)
                ev.source = [n for n in ev.source if n not in hit]
                ev.target = [*hit, *[n for n in ev.target if n not in hit]]
            if (wronged := [n for n in ev.source if n in L.wronged]) and ev.type not in _WRONGED_DO:
                # «قتل المصلين في المساجد», «قصف المدنيين»: civilians, worshippers, prisoners undergo an attack or
                # an arrest; they protest and claim, but meet, agree or aid as no party
                ev.source = [n for n in ev.source if n not in wronged]
                if ev.type in ("ASSAULT", "COERCE"):
                    ev.target = [*wronged, *[n for n in ev.target if n not in wronged]]
            if (by_gen := genitive_agent(toks, h, b, groups)) is not None:
                # «قتل الشرطة للشاب مايكل براون»: the genitive did it, to the party after «لـ»
                ev.source = by_gen[0]
                ev.target = list(dict.fromkeys([*by_gen[1], *(n for n in ev.target if n not in by_gen[0])]))
                accuser = here.get("DISAPPROVE")
                if accuser is not None and not accuser.target and condemned_deed(
                        toks, told_at.get(id(accuser)), h, hits):  # «وأدانت مصر قصف التحالف لمواقع …»: the doer
                    accuser.target = [n for n in ev.source if n not in accuser.source]
            dead_in_deed(toks, a, b, h, ev, groups, L)  # «قتل قيادي في داعش في قصف …»: the dead are its target
            strike_doer(toks, a, b, h, ev, groups, L, _timed(toks, h.last, b, s_times))  # «في غارة لطيران X»
            condemned_not_hit(toks, b, h, ev, groups)  # «أدان التفجير الذي استهدف …»: the victims are no target
            consoled_not_condemned(toks, b, h, ev, groups)  # «…، معربين عن تعازيهم لخادم الحرمين»: no target
            fix_parties(toks, a, b, h.first, h.last, groups, ev, list(here.values()), persons,  # «أعرب خلاله عن …»
                        [*events, *here.values()], W["pair"])
            # «وكان X قد استقبل Y», «مع سموه», «نقل تحيات X إلى …», «والتقى الوزيران» (`events_meeting_sides`)
            meeting_sides(toks, a, b, h.first, h.last, ev, groups, ents, sents, [*events, *here.values()], W["pair"])
            other_clause_targets(toks, a, b, h, ev, groups, found, W)  # «… صالح الذي يسيطر على …», «فيما …»
            if ev.type == "PROTEST" and (protested := protested_doer(toks, h, b, groups)):
                # «إضراب … احتجاجا على اعتقاله من قبل سلطات الاحتلال»: the side it is against (`events_strikers`)
                ev.source = [n for n in ev.source if n not in protested]
                ev.target = list(dict.fromkeys([*protested, *ev.target]))
            if not ev.target and (opposed := [n for n in protested_party(toks, h, b, groups) if n not in ev.source]):
                ev.target = opposed  # «تظاهر الطلاب احتجاجا على الاعتداءات الإسرائيلية» (`events_strikers`)
            if by_nisba := nisba_doer(toks, h, b, ev, groups):  # «من قبل المسؤولين الإيرانيين» (`events_role_fixes`)
                ev.target = [by_nisba[0], *[n for n in ev.target if n not in by_nisba[1]]]
            if side := aimed_at_parties(toks, h, b, ev, groups) | permitted_deed_parties(toks, h, b, ev, groups) \
                    | agreed_content_parties(toks, h, b, ev, groups):
                ev.target = [n for n in ev.target if n not in side]  # «تصريحات X تجاه المملكة» (`events_targets`)
            if sides := subject_before_need(toks, h, b, ev, groups):  # «وثمن وزراء خارجية لجنة … جهود …»
                ev.source, ev.target = sides
            if against := opposed_parties(toks, h, b, ev, groups):  # «… في حربها ضد داعش»: not whom it joins
                ev.target = [n for n in ev.target if n not in against]
            if harmed := harmed_parties(toks, h, b, ev, groups):  # «أدانت فرنسا مقتل الطفل …» (`events_role_fixes`)
                _drop_parties(ev, harmed)
            if cited := cited_authors(toks, a, b, ev, groups):  # «بتنفيذ قرار مجلس الأمن» (`events_role_fixes`)
                _drop_parties(ev, cited)
            if present := attendees(toks, h, b, ev, groups):  # «استقبل X Y بحضور Z» (`events_targets`)
                _drop_parties(ev, present)
            if sides := sides_of_between(toks, h, b, groups):  # «بين X وY من جهة، وZ من جهة أخرى»
                ev.source, ev.target = sides
            if own := own_country_targets(toks, ev, groups, persons, places, titled_in):  # «كاميرون … عضوية بريطانيا»
                ev.target = [n for n in ev.target if n not in own]
            visited_place_source(toks, a, h, ev, groups, persons, W)  # «… مصر بعد زيارة …»: the visitor went there
            visited_place_object(toks, a, h, ev, groups, W)  # «ثم يزور ماليزيا»: the place visited, not the visitor
            if other := relative_clause_targets(toks, h, ev, groups):  # «… اللتين توترت … بالرئيس مرسي»
                ev.target = [n for n in ev.target if n not in other]
            threatened_antecedent(toks, h, b, groups, ev)  # «الرهينة X الذي هدد التنظيم بإعدامه»
            # «وقال X إن الخيار العسكري يبقى مطروحا», «سنتخذ كل التدابير تجاهها» (`events_threat_refusal`)
            stated_parties(toks, a, b, h, groups, speaker, ev)
            retaliation_target(toks, h, b, ev, events)  # «هددت الحركة بالرد»: at the doer of the deed told before
            pressing_party(toks, a, h, groups, ev)  # «رغم الضغوط التي مارسها X، ترفض Y …»
            refused_demand(toks, h, b, ev, [*prev_events, *here.values()])  # «دعوا X إلى وقف … غير أنه رفض ذلك»
            if answered := answered_party(toks, h, b, ev, groups, [*prev_events, *here.values()]):
                ev.target = answered  # «طالبت X الصين بوقف … أما بكين فرفضت وقف …» (`events_refusal_answers`)
            if held := captor(toks, h, b, ev, groups, [*prev_events, *here.values()], jailer):
                ev.target = held  # «طالبوا بالإفراج عن المختطفين في سجون الحوثيين» (`events_captors`)
            elif freed := freed_nisba(toks, h, b, ev):
                ev.target = freed  # «أفرجت إسرائيل عن 90 أسيرا فلسطينيا»: the captives' country (`events_captors`)
            if ev.source and (not ev.target or all(site(n) for n in ev.target)) \
                    and (tied := tied_site_owner(toks, h, b, groups, W)) and not set(tied) & set(ev.source):
                ev.target = tied  # «باستهداف السفن المرتبطة بإسرائيل» (`events_site_owner`)
            if jailed_by := held_by(toks, h, b, ev, groups):  # «قيد الاعتقال لدى القوات الأمريكية»
                ev.source, ev.target = jailed_by, [n for n in ev.target if n not in jailed_by]
            # the one a demand asks before what it asks or with «بـ» after an appeal verb, names inside what is
            # asked or charged, the people a plural participle goes on with, a duty laid in reported speech
            # (`events_statement_parties`)
            asked_skip = _timed(toks, h.last, b, s_times)
            if (before_asked := asked_before_content(text, toks, h, b, ev, groups, asked_skip, L)) is not None:
                ev.source, ev.target = [n for n in ev.source if n not in before_asked], before_asked
            if appealed := appealed_to(text, toks, h, b, ev, groups, asked_skip, L):
                ev.target = appealed  # «وأهابت الإدارة بالمعلمين الجدد إلى …»
            if topic := content_names(text, toks, h, b, ev, groups):
                ev.target = [n for n in ev.target if n not in topic]
            if they := participle_people(text, toks, a, h, verbs[-1][0].after if verbs else a, groups, L):
                ev.source, ev.target = they, [n for n in ev.target if n not in they]  # «فصل نشطاء … مطالبين»
            if duty_on(toks, h):  # «وقال X إن على الحكومة أن توقف …»: the speaker asks it of them
                quoted = quote_speaker(speech, toks[h.first].start)[0]
                ev.source, ev.target = duty_parties(text, toks, a, h, b, groups, L, [
                    _opening_speaker(toks, a, b, groups, W), _clause_speaker(toks, a, b, groups, W),
                    list(verbs[-1][1].source) if verbs else [], [quoted] if quoted else [], speaker])
            summoned_envoy(text, toks, h, groups, ev)  # «استدعى X السفير الأمريكي جون …»: the envoy was summoned
            if ev.type in CONTENT_TYPES and ev.source and not ev.target:
                # «رفض … تصريحات المالكي», «أشاد بدور المملكة»: the deed's doer (`events_statement_doer`)
                ev.target = content_doer(toks, h, b, ev.source, groups)
            ev.target = not_own_side(ev.source, ev.target, own_party)
            # «التحالف بقيادة المملكة», «عن استنكار المملكة لهذا», «دخول أراضي المملكة» (`events_described_states`)
            coalition_leader(toks, a, b, ev, groups)
            statement_owner(toks, h, b, ev, groups)
            land_entered(toks, a, b, ev, groups, L.polities)
            guards_not_smugglers(toks, h, ev, forces)
            if h.trig.mode == WOUND:  # «أصيب شابان برصاص قوات الاحتلال»: the wounded and who shot (`events_wounded`)
                if (shot := wounded_parties(text, toks, h, b, groups, L)) is None:
                    continue  # «أصيبت امرأة برصاصة طائشة»: no one named did it
                ev.source, ev.target = shot
            elif h.trig.mode == "kill" and h.trig.pos == "v" and not ev.source \
                    and (fired := killed_by_weapon(text, toks, h, b, groups, L)) is not None:
                # «قتل عشرة مدنيين بصاروخ أطلقته طائرة أمريكية»: who fired it (`events_wounded`)
                ev.source = fired[0]
                ev.target = fired[1] or [n for n in ev.target if n not in fired[0]]
            # «وهدد مسلحون تابعون لتنظيم داعش …»: the party the men belong to acts (`events_affiliated`)
            ev.source, ev.target = affiliated_source(text, toks, a, b, h, groups, ev.source, ev.target,
                                                     W["needs_source"])
            # «الإسلام يرفض العنف», «وصدور تقرير يتهم …»: a text speaks for no one; «قرار مجلس الأمن يطالب …» for
            # its issuer, unless told inside another statement of the sentence (`events_thing_subject`)
            if (issued := text_roles(toks, a, h, ev, groups, prior_groups, W)) is None \
                    or (issued and any(e.type == ev.type for e in here.values())):
                continue
            if h.trig.pos == "v" and ev.source and not after_relative(toks, a, h, W):
                verbs.append((h, ev))  # a relative clause's verb («الذين تحتجزهم X») lends no later verb its subject
            elif h.trig.pos == "v" and not ev.source:
                mute = (h, ev)  # a verb whose subject is only a pronoun («إنهم يرفضون …»)
            if ev.type == "DISAPPROVE" and (at := condemning_at(toks, h)) is not None:
                condemned.append((at, ev))
            elif ev.type == "ASSAULT":  # «دان الأمين العام للأمم المتحدة بشدة قتل رضيع»: not the UN's deed
                not_condemner(toks, h, ev, condemned, groups, b)
            if cont:
                same = next((p for p in prev_events if p.type == ev.type), None)
                if same is not None:
                    merge(same, ev)
                    continue
            cause = governed_deed(toks, h.first)
            main = next((e for e in here.values() if e.type == ev.type), None)
            if main is not None and cause:
                continue  # «ردا على مقتل ثلاثة جنود»: another deed, whose parties are not this one's
            if main is not None and id(main) in causes:
                here = {k: e for k, e in here.items() if e is not main}  # «ردا على مقتل جنوده، قصف الجيش …»
            if cause:
                causes.add(id(ev))
            key = ev.type
            if key in here and here[key].location and ev.location and here[key].location != ev.location:
                key = f"{ev.type}@{ev.location}"
            if key in here and (_other_deed(here[key], ev) or contrasted(toks, told_at.get(id(here[key]), h.first),
                                                                        h.first, here[key], ev, groups)) \
                    and not (here[key].mode == "kill"  # «قتل ضابط في هجوم لداعش»: the killing's own deed
                             and killed_in(toks, told_at.get(id(here[key]), h.first), b, h, L)):
                key = f"{ev.type}#{h.first}"  # «شنت تركيا ضربات على داعش وكثفت هجومها على الحزب»
            if result_governed(toks, a, h.first, L) and (caused := outcome_of(here, told_at, ev, h.first)):
                key = caused  # «استهدفوا المصلين في جامع … بالدمام، ما أسفر عن مقتل 4»: what that deed caused
            elif result_governed(toks, a, h.first, L) and fight_toll(here, told_at, ev, h.first):
                continue  # «تجددت الاشتباكات بين التبو والطوارق، ما أدى إلى مقتل 60 شخصا»: the fight's toll
            if key in here:
                told_first = here[key].background
                merge(here[key], ev)
                here[key].background = told_first  # «وكانت الأجهزة ألقت القبض … قبل أن تلقي القبض …»: one past deed
                if not definite_noun(toks[h.first], h):
                    backref.discard(id(here[key]))
                if id(h) not in rank:
                    restated.discard(id(here[key]))
                if not _back_noun(toks, h, b, covered, W):
                    anaphoric.discard(id(here[key]))
            else:
                here[key] = ev
                told_at[id(ev)] = h.first
                if definite_noun(toks[h.first], h) or _told_deed(toks, a, h, L):
                    backref.add(id(ev))
                if _back_noun(toks, h, b, covered, W) or _told_deed(toks, a, h, L):
                    anaphoric.add(id(ev))
                if id(h) in rank:
                    restated.add(id(ev))
            if ev.source and ev.target and h.trig.type in W["reciprocal_types"] and h.trig.type != "FIGHT" \
                    and has(toks[h.first], W["reciprocal"]):  # (a fight between X and Y is one between Y and X)
                # «تبادلت X وY الاتهامات»: each accuses the other
                here[f"{ev.type}~{h.first}"] = replace(ev, source=list(ev.target), target=list(ev.source))
        attribute(toks, a, b, groups, list(here.values()), W)
        # «وتبنت حركة طالبان الهجوم»
        credit_claims(toks, a, b, groups, here, told_at, events, prev_events, W, sent_words)
        if "DISAPPROVE" not in here:  # «أعلن X أن تنظيم داعش يقف وراء الاعتداء»: X accuses it (`events_behind`)
            here.update(("DISAPPROVE", ev) for ev in behind_accusations(text, toks, a, b, groups, found, W)[:1])
        threat = here.get("THREATEN")
        if threat is not None and threat.source and "DEMAND" not in here:
            asked = _unless(toks, a, b, groups, threat)
            if asked:  # «هدد X بإعدام رهينة في حال لم تطلق الحكومة سراح …»: X demands it of the government
                here["DEMAND"] = replace(threat, type="DEMAND", mode=None, target=asked, negated=False)
        new = [e for e in here.values() if id(e) not in backref or e.source or e.target
               or not any(p.type == e.type for p in events)]  # «تم القبض على شخصين»: told first here
        new = [e for e in new if id(e) not in restated or not any(p.type == e.type for p in events)]
        events.extend(new)
        retold.update(id(e) for e in new if id(e) in anaphoric)
        opening = _opening_speaker(toks, a, b, groups, W)  # the sentence's speakers, read once
        clause = [] if opening else _clause_speaker(toks, a, b, groups, W)
        speaker = _speaker(toks, a, b, groups, new, speaker, W, (opening, clause))
        jailer = held_in(toks, a, b, groups, sent_words) or jailer  # «أهالي المختطفين لدى الحوثيين» (`events_captors`)
        reporter = [n for n in opening or clause if n in persons]
        if new:
            prev_events = new
        elif not cont:
            prev_events = []
    clean_events(events, text, ali_names(ents, entities))  # «منصور أول», «تويتر», «وزراء خارجية»: no party
    clean_fragments(events, text)  # «سي» of «سي إن إن», «لصالح الشعب», place «المشهد», «فاس» of «بفأس»
    complete_names(events, text)  # «قيادي … يدعى فلان», a person's or body's name cut before its last words
    check_names(events, text)  # «مسلحين قدموا», «بني سعد», «المراجعة الداخلية», «أهمية», «مالكي محطات»
    events = clean_junk(events, text, entities)  # «… رحمه», «سموه سعادته», «ما», «لقصر …»; «احتج على»; a tyre's blast
    events = [e for e in events if not crash_death(e, toks, L)]  # «تحطم مروحية»: takes in no later deed
    events = [e for e in events if not unclaimed_downing(e)]  # «… أن قواتها أسقطت طائرة تجسس»: no doer, no deed
    for e in events:
        drop_non_sides(e)  # «قاعدة العند», «40 شخصا»: where a fight was and its dead (`events_fight_checks`)
    attack_sides_told_before(events)  # «هاجموا موقعا»: the other side of the attack told before
    two_sides_told_before(events, text)  # «واندلعت مواجهات بين الطرفين»: the parties of the deed told before
    out = across_sentences([e for e in events if e.source or (
        e.type not in W["needs_source"] and (e.target or (e.type not in W["needs_party"]
                                                          and not _history(e) and not kind_named(e, text))))],
                           L, retold, text)
    drop_held(out)  # «الكردستاني» beside «حزب العمال الكردستاني» once sentences' events are merged
    repelled_attackers(out, text)  # «صدت القوات الأوكرانية الهجوم»: the attack told before, its doer fought
    bodies = frozenset(e.canonical for _, _, e in ents if e.label == "ORG")
    name_story_group(out, persons, L, text, bodies)  # «داهم مسلحون القرى» in a Boko Haram story (`events_armed_doers`)
    full_names(out, text, entities)  # «السيستاني» where the article writes «علي السيستاني» (`events_full_names`)
    inferred = resolve_bare_forces(out, text, entities, L)  # «قوات الأمن بالقليوبية»: Egypt (`events_role_patients`)
    add_countries(out, titled_in)
    settle_shared_places(out, text)  # «الجوف»: Saudi or Yemeni by its qualifier or the article (`events_shared_places`)
    note_story_countries(inferred)  # «قوات الأمن» in a story plainly about Saudi Arabia: السعودية beside it
    add_guests(out, text)  # «استقبل X سفير اليابان», «زار X العاصمة العمانية»: a titled guest's country
    place_in_capitals(out, toks, text, W["needs_source"])  # «في العاصمة الأفغانية» → كابل (`events_capital_places`)
    capital_targets(out, toks, text)  # «هجوما على العاصمة الأوكرانية كييف»: أوكرانيا hit (`events_capital_places`)
    place_by_anaphor(out, toks, text, entities, W["needs_source"])  # «في المدينة», «هناك» (`events_anaphoric_places`)
    out = retype_events(out, toks, L)  # the type actors and object call for («احتجاز الرهائن», «خالها خطفها»)
    for e in out:
        drop_non_sides(e)  # a deed retyped a fight (`events_fight_checks`)
    seizure_adversary(out, L.polities, text)  # «استعادة السيطرة على محافظة لحج» amid fights with the Houthis: theirs
    out = resense_events(out, toks, L)  # another sense of the trigger («تعهد بمواصلة الزحف», «نوهت للجميع»)
    out = welcome_of_reception(out, text)  # «استقبل X الفريق Y» … «ورحب سموه بالفريق Y»: one reception
    for e in out:
        # «في عام 2011» in a 2015 article; not «وتحاصر … منذ عام 2013»
        e.background = e.background or (id(e) not in ongoing and dated_before(e.date, reference))
        if id(e) in own_dates and e.date == own_dates[id(e)][0]:
            e.date = own_dates[id(e)][1]  # «أدانت … الجريمة التي نفذها مستوطنون فجر اليوم»: none of its own
        e.date = None if stray_future_date(e, reference, id(e) in ahead) else e.date  # «… المرتقبة في 6 أغسطس»
        e.date = filed_date(e.date, times, e.start, e.end)  # «الأسبوع الماضي»: none; «مطلع يوليو»: July
    out = [e for e in out if not historical(e.date, reference)]  # «في خطاب في العام 1963 دعا كينيدي»: history
    out = [e for e in out if not quoted_mention(e, out)]  # «"موكلي اعتقل بشكل غير قانوني"»: the arrest told
    out = [e for e in out if e.type not in W["needs_source"] or not quoted_restatement(e, out)]  # «"طلبت تركيا"»
    out = drop_non_events(text, out)  # what the trained model scores as no event («غارات الزمن» in a poem)
    if body_names:
        add_body_names(out, text, toks, ents)  # «الشرطة التركية»: تركيا, and the body's own words
        add_army_countries(out)  # «الجيش الإسرائيلي»: إسرائيل before it
        add_coordinated_nisbas(out, text, toks, ents)  # «القوات المصرية والسعودية»: السعودية too
    crossborder_targets(out, toks, text)  # «صواريخ على مدينة صفد»: إسرائيل hit (`events_crossborder`)
    add_parents(out, text, entities)  # «كتائب القسام»: حماس beside it (`events_wing_parents`)
    return out


def _sentence_times(toks: list[Tok], a: int, b: int, times: list[TimeExpr], text: str) -> list[TimeExpr]:
    """The times of the sentence [a, b) that can date its deeds (`usable`), less the past point of «the first …
    since» («الأولى لوزير خارجية فرنسي منذ عام 2003»: when such a deed last happened, no deed's date)."""
    s_start, s_end = toks[a].start, toks[b - 1].end
    found = [t for t in times if s_start <= t.start < s_end and usable(t, text)]
    return [t for t in found if t not in precedents(toks, a, b, found, text)]


def _verb_tokens(toks: list[Tok], a: int, b: int, hits: list[Hit], W: Words, present: frozenset[str]) -> frozenset[int]:
    """Tokens of [a, b) that read as verbs: the first word of a verb trigger and a saying verb («قال»);
    `present`: the sentence's words (`sentence_readings`)."""
    says = [] if W["say"].isdisjoint(present) else [k for k in range(a, b) if toks[k].word and has(toks[k], W["say"])]
    return frozenset([h.first for h in hits if h.trig.pos == "v"] + says)


SPORT_WORDS = 4  # distinct sports words (`sport_words`) that make a page a sports page, which tells no events


_UNLESS = tuple(tuple(norm(w) for w in p.split()) for p in (
    "ما لم", "إذا لم", "إن لم", "في حال لم", "في حالة لم", "حال لم", "لو لم"))


def _unless(toks: list[Tok], a: int, b: int, groups: list[Group], threat: Event) -> list[str]:
    """The party a threat's condition asks to act («… في حال لم تطلق الحكومة المصرية سراح …», «ما لم
    تنسحب القوات …»): the first actor named within a few words after «ما لم», «إذا لم» and the like."""
    ws = [k for k in range(a, b) if toks[k].word]
    for i in range(len(ws)):
        for p in _UNLESS:
            if tuple(toks[k].form for k in ws[i:i + len(p)]) == p and i + len(p) < len(ws):
                lo = ws[i + len(p) - 1]
                hi = ws[min(i + len(p) + 3, len(ws) - 1)]
                g = next((g for g in groups if lo < g.first <= hi and g.actor and g.binding != "loc"), None)
                if g is not None and not set(g.names) & set(threat.source):
                    return list(g.names)
    return []


def _says_of_self(toks: list[Tok], colon: int, h: Hit, W: Words) -> bool:
    """True when «إنه» opens what follows the colon and the trigger's verb comes right after it
    («وقال دمرداش: إنه يزور أوجلان»): the speaker tells of his own deed."""
    ws = [k for k in range(colon + 1, h.first + 1) if toks[k].word]
    return h.trig.pos == "v" and len(ws) == 2 and toks[ws[0]].form in W["self_inna"] and ws[1] == h.first


def _back_noun(toks: list[Tok], h: Hit, b: int, covered: set[int], W: Words) -> bool:
    """A one-word event noun that refers back to a deed already told: with the article («الهجوم»,
    «بالاختطاف»), with a possessive pronoun («اختطافه», «باختطافها») or annexed to a definite noun
    or a name (`covered`: tokens of actors) («خطف العناصر», «اختطاف سالم الحربي»); not a plural of
    deeds of a kind («الهجمات», «عمليات القتل»)."""
    if h.trig.pos != "n" or h.last - h.first != 1:
        return False
    tok = toks[h.first]
    reading = trigger_reading(tok, h.trig)
    prev = next((toks[k] for k in range(h.first - 1, max(-1, h.first - 3), -1) if toks[k].word), None)
    if (reading.endswith("ات") and not plural_names_one_deed(h.trig.type)) or (
            prev is not None and has(prev, W["series"])):
        return False  # «الهجمات», «عمليات القتل»: deeds of a kind («المواجهات», «محادثاته»: one, `events_dupes`)
    if tok.form.startswith(("ال", "وال", "بال", "فال", "لل", "ولل", "كال")):
        return True
    pre = prefix(tok, reading)
    if len(reading) < len(tok.form) - len(pre) and tok.form.endswith(PRONOUN_SUFFIXES):
        return True
    nxt = h.last
    return nxt < b and toks[nxt].word and (toks[nxt].form.startswith("ال") or nxt in covered)


_ATTACK_NOUNS = frozenset(("هجوم", "هجوما"))


def _verbal_attack(toks: list[Tok], h: Hit, ev: Event, persons: frozenset[str]) -> bool:
    """«شن X هجوما على Y» where Y, and X when named, are persons: a verbal attack, not an armed
    one (a politician's attack on a rival; armed attacks hit places, forces and bodies)."""
    if ev.type != "ASSAULT" or h.trig.pos != "v" or not ev.target:
        return False
    if not (h.trig.words[0].lstrip("وف").startswith(("شن", "يشن", "تشن"))
            and any(r in _ATTACK_NOUNS for t in toks[h.first:h.last + 6] for r in t.reads)):
        return False
    return all(n in persons for n in ev.target) and all(n in persons for n in ev.source)


def _title_holder(toks: list[Tok], a: int, h: Hit, b: int, groups: list[Group], persons: frozenset[str],
                  L: Lexicon) -> Group | None:
    """The person a title right after a verb leads to, through the bodies and words it is of and
    no mark, preposition or clause word («وأدان نائب المبعوث الرئاسي الخاص للتحالف الدولي لمواجهة تنظيم
    داعش بريت مكجيرك»): the verb's subject; None when no such chain stands there."""
    W, by_first = L.words, L.by_first
    k = next_word(toks, h.last, b)
    if h.trig.pos != "v" or k < h.last or not has(toks[k], W["title"]) or not opens_clause(toks, a, h.first, W) \
            or first_person(toks[h.first], trigger_reading(toks[h.first], h.trig), by_first):
        return None  # («أن ندعو مديرنا»: we, not the title)
    while k + 1 < b and toks[k].form in _FILLERS:  # «اقتحمت اليوم ميليشيات حوثية …»: past the time word
        k = next_word(toks, k + 1, b)
    at = {g.first: g for g in groups}
    if k in at:
        return None  # «اعتقلت الشرطة محمد علان»: a body acts, the person after it undergoes
    if body_head(toks[k]):
        return None  # «واختطفت جماعة الحوثيين وزير الدفاع فلان»: a body's head noun, no title of a person
    minister = toks[k].form in _MINISTER
    j = k
    while j < b and j - k <= 14:
        g = at.get(j)
        if g is not None:
            if g.actor and any(n in persons for n in g.names):  # («تنظيم داعش بريت مكجيرك»: the person after the body)
                return replace(g, names=[n for n in g.names if n in persons])
            j = g.last
            continue
        t = toks[j]
        if j > k and t.form in _OFFICE and not has(toks[j - 1], W["title"]):
            return None  # «اتهم زعيم حزب الشعب الجمهوري المعارض الرئيس X»: a second office, the object's
        if t.form == "في" and j + 1 in at and at[j + 1].is_loc:
            j = at[j + 1].last  # «منسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط نيكولاي ملادينوف»
            continue
        if minister and t.form.startswith("وال") and not has(t, W["title"]):
            j += 1  # «وزير الأوقاف والشؤون الدينية الفلسطيني يوسف ادعيس»: a minister of two portfolios
            continue
        if not t.word or t.form in W["prep_any"] or t.form in W["comp"] or t.form in W["relative"] \
                or (j > k and t.form[:1] == "ب" and not t.form.startswith("بال")) \
                or (j > k and t.form[:1] == "و" and not has(t, W["title"])):  # «اجتمع مدير الشرطة بقائد …»
            return None
        j += 1
    return None


# words between a verb and its subject that are no title («اليوم», «أيضا», «بدوره»)
_FILLERS = frozenset(norm(w) for w in ("أمس", "اليوم", "مساء", "صباح", "أيضا", "بدوره", "بدورها", "مجددا",
                                        "رسميا", "بوضوح"))
# definite titles of an office that open a second person's name (not ranks or honorifics: «الفريق», «الشيخ»)
_OFFICE = frozenset(norm(w) for w in (
    "الرئيس", "الملك", "الأمير", "السلطان", "الوزير", "الوزيرة", "الزعيم", "السفير", "المبعوث", "الأمين"))
_MINISTER = frozenset(norm(w) for w in ("وزير", "وزيرة", "الوزير", "الوزيرة"))


def _undergone_by_person(toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group],
                         persons: frozenset[str]) -> bool:
    """True when an arrest, abduction or killing verb has one named person right after it and no
    object: unvowelled «اعتقل»/«قتل» is then a passive (a person is arrested; authorities arrest)."""
    if h.trig.pos != "v" or h.trig.mode not in DONE_TO or ev.target or not ev.source \
            or toks[h.first].form.endswith(("وا", "ت")):
        return False
    nw = next_word(toks, h.last, b)
    g = next((g for g in groups if g.first == nw), None)
    return g is not None and set(ev.source) == set(g.names) and all(n in persons for n in ev.source)


def _history(ev: Event) -> bool:
    """A deed with no party named and dated only by a month or a year («هجوم مماثل قبل ثلاثة
    أشهر», «في وقت سابق من العام») is the story's history, not an event it tells."""
    return bool(ev.date) and len(ev.date or "") in (4, 7) and "W" not in (ev.date or "")


def _owned_deed(toks: list[Tok], h: Hit) -> bool:
    """An event noun with a possessive pronoun right after a conjoined verb («وكثفت هجومها»):
    the deed is the subject's own, as a verb's would be."""
    if h.trig.pos != "n" or h.last - h.first != 1 or not toks[h.first].form.endswith(POSSESSIVE):
        return False
    prev_w = next((toks[k] for k in range(h.first - 1, max(-1, h.first - 3), -1) if toks[k].word), None)
    return prev_w is not None and prev_w.form.startswith(("و", "ف")) and len(prev_w.form) > 3


def _after_haith(toks: list[Tok], a: int, h: Hit) -> bool:
    """The verb right after «حيث» (or «وحيث»), which goes on telling what the subject before did."""
    prev = [k for k in range(a, h.first) if toks[k].word][-1:]
    return bool(prev) and toks[prev[0]].form in ("حيث", "وحيث")


def _conjoined(t: Tok, h: Hit) -> bool:
    """True when a verb carries the conjunction «و»/«ف» («وحث»), not a root that begins with it («فرض»)."""
    return t.form[:1] in ("و", "ف") and not t.form.startswith(h.trig.words[0])


def _other_deed(old: Event, ev: Event) -> bool:
    """Two deeds of one agent on different targets in one sentence stay two events."""
    return bool(old.source and old.source == ev.source and old.target and ev.target
                and not set(old.target) & set(ev.target))


def _shared_subject(toks: list[Tok], h: Hit, ev: Event, verbs: list[tuple[Hit, Event]],
                    groups: list[Group]) -> list[str] | None:
    """A verb conjoined to an earlier verb of the sentence («هددت الولايات المتحدة نظام الأسد …
    كما فرضت … عقوبات على النظام») with no subject of its own shares that verb's subject: the actor
    the lookback found between the two verbs is the earlier verb's object, not this one's subject."""
    prev_w = next((toks[k] for k in range(h.first - 1, max(0, h.first - 3), -1) if toks[k].word), None)
    conj = toks[h.first].form.startswith(("و", "ف")) or (prev_w is not None and prev_w.form in ("كما", "ثم", "وكما"))
    conj = conj or _owned_deed(toks, h)
    if not conj:
        return None
    p_hit, p_ev = verbs[-1]
    src = [g for g in groups if set(g.names) & set(ev.source)]
    if not src or any(g.first < p_hit.last or g.first == h.last for g in src) or all(g.last > h.first for g in src):
        return None  # a subject after the verb (VSO), or one before the earlier verb (a later mention inside
        # the verb's own object stays: «واستنكرت استغلال الجماعة للأطفال»)
    if set(ev.source) & set(p_ev.source) or not set(ev.source) <= set(p_ev.target):
        return None
    if any(_after_that(toks, p_hit.last, g.first) and not _quote_closed(toks, g.last, h.first) for g in src):
        return None  # «أدانت X اختطافه، قائلة إن الحوثيين «أخرجوه … ويرفضون»»: «إن» opens a clause of its own
    return list(p_ev.source)


def _quote_closed(toks: list[Tok], lo: int, hi: int) -> bool:
    """True when a quote closes between tokens lo and hi («إن حماس «مازالت …»، وثمن …»: the verb after
    it is no longer in the clause «إن» opened)."""
    marks = [toks[k].form for k in range(lo, hi) if not toks[k].word]
    return any(m in ("»", "”") for m in marks) or marks.count('"') >= 2


def _after_that(toks: list[Tok], lo: int, k: int) -> bool:
    """True when the word right before token k, at or after token lo, is «إن»/«أن» (the actor at k
    is the subject of a clause of its own)."""
    j = k - 1
    while j >= lo and not toks[j].word:
        j -= 1
    return j >= lo and toks[j].form in THAT


def _says(tok: Tok, W: Words) -> bool:
    """Whether a token is a reporting verb («وأكد», «قال»), a conjunction allowed before it."""
    return any(r.lstrip("وف") in W["say"] or r in W["say"] for r in tok.reads)


def _speaker(toks: list[Tok], a: int, b: int, groups: list[Group], new: list[Event], speaker: list[str],
             W: Words, read: tuple[list[str], list[str]] | None = None) -> list[str]:
    """Who the story tells of after sentence [a, b): the actor right after a reporting verb that opens
    it («وأكد الملا», «وقال وزير الخارجية X»), else the source of its first event with one, else the
    one before when it opens with a reporting verb with no subject («وأضاف:», «وأعرب عن …») or only
    tells events with no source; else no one. `read`: `_opening_speaker` and, where that is [],
    `_clause_speaker` of the sentence, when known."""
    told = next((e.source for e in new if e.source and not e.claimed_by), None)
    ws = [k for k in range(past_transition(toks, a, b), b) if toks[k].word][:2]  # «ومن جانبه قال X»
    if not ws or not _says(toks[ws[0]], W):  # (then `_opening_speaker` is [])
        if told:
            return list(told)
        return (_clause_speaker(toks, a, b, groups, W) if read is None else read[1]) or ([] if new else speaker)
    said = _opening_speaker(toks, a, b, groups, W) if read is None else read[0]
    if said or told:
        return said or list(told or [])
    nw = ws[1] if len(ws) > 1 else b
    named = nw < b and toks[nw].form.startswith("ال") and not has(toks[nw], W["prep_any"])
    return [] if named else speaker  # «وقال المصدر»: someone else speaks


def _we(toks: list[Tok], h: Hit, L: Lexicon) -> bool:
    """True when a verb is in the first person: plural («ندين», «طالبنا»; not a present with «نا» for its
    object, «يدعوننا»), or singular with «أ» right after «أنا», «إنني» … («أنا أندد»), or opening the
    words a colon or quote mark sets off when its past is the bare stem («: "أطالب الجهات …»; not
    «"أدين جنائيا"», a passive past, nor «أجرى» after a name)."""
    t = toks[h.first]
    reading = trigger_reading(t, h.trig)
    if first_person(t, reading, L.by_first):
        return not (t.form.lstrip("وف")[:1] in ("ي", "ت") and t.form.endswith("نا"))
    rest = reading[1:]
    if not (reading[:1] == "ا" and len(rest) >= 3 and "ي" + rest in L.by_first):
        return False
    k = h.first - 1
    while k >= 0 and not toks[k].word and toks[k].form not in _QUOTE_OPEN:
        k -= 1
    return k >= 0 and (toks[k].form in _I or (toks[k].form in _QUOTE_OPEN and rest in L.by_first))


_QUOTE_OPEN = frozenset((":", "«", '"', "“"))  # marks that open a speaker's own words
_I = frozenset(norm(w) for w in ("أنا", "وأنا", "فأنا", "إنني", "وإنني", "فإنني", "إني", "لكنني", "ولكنني"))


def _speaking_for(toks: list[Tok], a: int, b: int, h: Hit, groups: list[Group], speech: list[Quote],
                  speaker: list[str], named: frozenset[str], W: Words) -> list[str]:
    """Who speaks the words a first-person verb stands in: the quote's speaker; else, in a quote with no
    speaker named, the one the story before says speaks (`_speaker`); else the one a reporting verb
    opening the sentence names («وقال سلمان السميري: نطالب …»); [] when no one is named («وقال
    المصدر: ندين») or the words are neither quoted nor said by one named in the sentence."""
    claimed, in_quote = quote_speaker(speech, toks[h.first].start)
    if claimed or in_quote:  # (a name some entity gives, not words a phrase reader took for one)
        return [n for n in ([claimed] if claimed else _speaker(toks, a, b, groups, [], speaker, W)) if n in named]
    return _opening_speaker(toks, a, b, groups, W) or _added_by_subject(toks, a, h, groups, W)


def _added_by_subject(toks: list[Tok], a: int, h: Hit, groups: list[Group], W: Words) -> list[str]:
    """The sentence's first actor when a reporting verb with no subject of its own goes on after a comma
    before first-person words («كرر روحاني مزاعم أنه لولا إيران لسقطت بغداد بيد داعش، وأضاف: إننا
    سنواصل دعم …»: Rouhani, not the last party named before «وأضاف»); [] otherwise."""
    k = next((k for k in range(h.first - 1, a, -1) if toks[k].word and toks[k].form.startswith("و")
              and _says(toks[k], W) and toks[k - 1].form in (",", "،")), None)
    if k is None or any(k < g.first < h.first for g in groups):
        return []
    first = next((g for g in groups if a <= g.first < k and g.actor and not g.is_loc), None)
    return list(first.names) if first is not None and (first.binding is None or first.person) else []


# an honorific with a pronoun («معاليه») and the honorific it stands for («معالي»)
_HONORIFICS = {norm(k): norm(v) for k, v in (
    ("معاليه", "معالي"), ("معاليها", "معالي"), ("سموه", "سمو"), ("سموها", "سمو"), ("فخامته", "فخامة"),
    ("فخامتها", "فخامة"), ("جلالته", "جلالة"), ("جلالتها", "جلالة"), ("سماحته", "سماحة"), ("سعادته", "سعادة"),
    ("سعادتها", "سعادة"), ("دولته", "دولة"))}


def _honored(toks: list[Tok], ents: list[Mention], h: Hit, b: int) -> list[str]:
    """The person a verb's subject «معاليه», «سموه» … right after it stands for: of the people named
    before it that the article called by that same honorific («معالي الأمين العام … الدكتور عبدالله
    التركي»), the one named most, the first named on ties: the story's dignitary goes on
    (`events_honored`); [] when the subject is no such word or no one was so called."""
    nw = next_word(toks, h.last, b)
    key = honorific_key(toks[nw]) if h.last <= nw < b and toks[nw].form in _HONORIFICS else None
    if key is None:
        return []
    who = honored_antecedent(toks, ents, h.first, key, first=True)
    return [who] if who is not None else []


def _he(h: Hit) -> bool:
    """True when a verb is in the masculine singular, «دعا» too (`masculine_verb` leaves a final ا undecided)."""
    w = h.trig.words[0]
    return masculine_verb(h) or (h.trig.pos == "v" and len(w) == 3 and w.endswith("ا"))


def _feminine_object(toks: list[Tok], h: Hit, b: int, W: Words) -> bool:
    """True when a conjoined masculine verb («وطالب», «ودعا») has a definite feminine noun that names no
    one right after it («ودعا الأمة الإسلامية إلى …», «ودعا المنشآت إلى …»): its object, since a feminine
    subject, or a plural in ـات, would take «دعت»."""
    w = h.trig.words[0]
    if not toks[h.first].form.startswith(("و", "ف")) or not (masculine_verb(h) or (len(w) == 3 and w.endswith("ا"))):
        return False
    nw = next_word(toks, h.last, b)
    if nw < h.last:
        return False
    t = toks[nw]
    return t.form.startswith("ال") and t.form.endswith(("ه", "ات")) and not has(t, W["unnamed"]) \
        and not has(t, W["title"]) and not has(t, W["men_in_ta"])


def _oblique_object(toks: list[Tok], h: Hit, b: int, groups: list[Group]) -> bool:
    """True when a conjoined verb has an oblique plural right after it («ودعا الفلسطينيين إلى …»): in the
    accusative, its object; a plural subject would read «الفلسطينيون»."""
    if h.trig.pos != "v" or not toks[h.first].form.startswith(("و", "ف")):
        return False
    nw = next_word(toks, h.last, b)
    return nw >= h.last and any(g.first == nw and g.oblique for g in groups)


def _clause_speaker(toks: list[Tok], a: int, b: int, groups: list[Group], W: Words) -> list[str]:
    """The actor named right after a reporting verb that opens a later clause of sentence [a, b)
    («وفي معرض وصفه …، قال اوباما ان …»), the last such; or []."""
    found: list[str] = []
    for k in range(a + 1, b):
        if toks[k].word and not toks[k - 1].word and toks[k - 1].form in CLAUSE_END and _says(toks[k], W):
            said = _opening_speaker(toks, k, b, groups, W)
            found = said or found
    return found


def _opening_speaker(toks: list[Tok], a: int, b: int, groups: list[Group], W: Words) -> list[str]:
    """The actor named right after a reporting verb that opens sentence [a, b) («وأكد الملا», «وقال
    وزير الخارجية X», «وقال المحامي X»), a linking phrase allowed before the verb («ومن جانبه قال X»), or []."""
    ws = [k for k in range(past_transition(toks, a, b), b) if toks[k].word][:1]
    if not ws or not _says(toks[ws[0]], W):
        return []
    g = next((g for g in groups if g.first > ws[0]), None)  # «وبين» may read as «between»: its subject after it
    if g is not None and g.is_loc and g.last - g.first == 1 and definite_nisba(toks[g.first]) \
            and g.last < b and toks[next_word(toks, g.last, b)].form in PORTFOLIO:
        # «وقال المفوض الأوروبي لشؤون التوسيع يوهانس هان»: the nisba describes the title; the name follows
        g = next((x for x in groups if x.first > g.first), None)
    if g is not None and g.binding in (None, "target") and g.actor and not g.is_loc \
            and (titles_and_mods(toks, ws[0] + 1, g, groups, W) or _described(toks, ws[0] + 1, g.first, W)):
        return list(g.names)
    return _body_of_title(toks, ws[0], b, groups, W)


def _charged(toks: list[Tok], a: int, h: Hit, W: Words) -> bool:
    """True when a deed is what an accusation charges: an accusing word (`charge`: «تتهم», «بتهمة»,
    «اتهامه») within eight words before it, in its clause («تتهم روف بتسع عمليات قتل وثلاث محاولات قتل»)."""
    return word_before(toks, a, h.first, W["charge"], 8)


def _opening_subject(toks: list[Tok], a: int, h: Hit, groups: list[Group], W: Words) -> list[str]:
    """The actor named within the first words of the sentence, after its opening words («من جهته اعرب
    الاتحاد الاوروبي عن قلقه …، داعيا تركيا»): the subject a participle goes on with; [] if none."""
    words = [k for k in range(a, h.first) if toks[k].word and not has(toks[k], W["filler"])][:4]
    g = next((g for g in groups if a <= g.first < h.first and g.first in words[1:]), None)
    return list(g.names) if g is not None and g.binding is None and g.actor and not g.is_loc else []


def _body_of_title(toks: list[Tok], k0: int, b: int, groups: list[Group], W: Words) -> list[str]:
    """A title with no name after the verb at k0, then «في» and a body («وقال نائب مدير قسم الشرق الأوسط
    في منظمة العفو»): the unnamed official speaks for the body; [] when the words are otherwise."""
    nw = next_word(toks, k0 + 1, b)
    if nw <= k0 or not has(toks[nw], W["title"]):
        return []
    for g in groups:
        if g.first <= k0 or g.is_loc:
            continue  # «قسم الشرق الأوسط»: a place in the title
        if g.first - nw > 8 or not g.actor:
            return []
        k = g.first - 1
        while k > nw and not toks[k].word:
            k -= 1
        return list(g.names) if toks[k].form == "في" else []
    return []


def _described(toks: list[Tok], lo: int, hi: int, W: Words) -> bool:
    """One or two definite words before a name, what the person is («وقال المحامي عبدالقادر الخطيب»),
    with the portfolio they are for («وقال المفوض الأوروبي لشؤون التوسيع يوهانس هان»)."""
    ws = without_portfolio([t for t in toks[lo:hi] if t.word], W)
    return 1 <= len(ws) <= 2 and all(t.form.startswith("ال") for t in ws)


def _circumstantial(toks: list[Tok], a: int, h: Hit, W: Words) -> bool:
    """A participle of the sentence's subject set off by a comma («…، مطالبا», «…، داعية»): what the
    subject of the sentence's verb, or the one spoken of, did as well. A participle that opens the
    sentence («داعيا المنظمات إلى …») goes on with the sentence before, cut off by a full stop."""
    if h.trig.pos == "x" and len(h.trig.words) == 1:
        return True
    if h.trig.pos != "n" or not has(toks[h.first], W["participle"]):
        return False
    k = h.first - 1
    while k >= a:
        if toks[k].form in CLAUSE_END:
            return True
        if toks[k].word:
            return False
        k -= 1
    return False


def _occasion(toks: list[Tok], a: int, h: Hit, b: int, W: Words) -> bool:
    """True when a meeting noun with no pronoun on it stands right after a setting word and before
    «مع» («خلال لقاء مع …», «عقب اجتماع مع …»): the occasion of what the sentence tells, with its
    subject as one party (not «خلال زيارة إلى …»: a visit to a place)."""
    nw = next_word(toks, h.last, b)
    if h.trig.pos != "n" or nw < h.last or toks[nw].form != "مع":
        return False
    t = toks[h.first]
    reading = trigger_reading(t, h.trig)
    if len(reading) < len(t.form) - len(prefix(t, reading)) or definite_noun(t, h):
        return False  # «خلال لقائه»: whose meeting the pronoun says; «بعد الاجتماع مع …»: one told before
    prev = [k for k in range(a, h.first) if toks[k].word][-1:]
    return bool(prev) and has(toks[prev[0]], W["setting"])


_VISIT_NOUNS = frozenset(norm(w) for w in ("زيارة", "زيارات", "جولة"))


def _visit_occasion(toks: list[Tok], a: int, h: Hit, b: int, W: Words) -> bool:
    """True when a bare visit noun after «في» or a setting word goes «إلى» or «لـ» somewhere («وقال الرئيس
    الفرنسي في زيارة للرياض …», «وأكد الوزير خلال زيارة إلى بغداد …»): the visit is the occasion of what the
    sentence tells, and its subject the visitor (the event's target, the place visited, was read by the rules)."""
    if h.trig.pos != "n" or toks[h.first].form not in _VISIT_NOUNS:
        return False
    prev = [k for k in range(a, h.first) if toks[k].word][-1:]
    if not prev or not (toks[prev[0]].form == "في" or has(toks[prev[0]], W["setting"])):
        return False
    nw = next_word(toks, h.last, b)
    if nw < h.last:
        return False
    f = toks[nw].form
    return f in W["to"] or (f[:1] == "ل" and not f.startswith("ال"))


def _plain_verb(toks: list[Tok], h: Hit, b: int, W: Words) -> bool:
    """True when a sentence-opening verb has no subject of its own after it: a preposition, a
    particle or its object comes next («وأشاد بجهود …», «وأعرب عن …»), not a noun that may name one."""
    if h.trig.pos != "v" or not toks[h.first].form.startswith(("و", "ف")):
        return False
    nw = next_word(toks, h.last, b)
    if nw < h.last:
        return False
    t = toks[nw]
    glued = t.form[:1] in ("ب", "ل") and not t.form.startswith("ال")  # «بجهود», «لدعم»
    return t.form in W["prep_any"] or glued or has(t, W["prep_target"]) or t.form in W["comp"]


def _inanimate_subject(toks: list[Tok], a: int, h: Hit, covered: set[int], W: Words) -> bool:
    """True when a material verb's subject, right before or right after it, is a measure, not an agent
    («العقوبات الجديدة تستهدف أربعة أفراد», «القانون يستهدف», «واستهدفت الدراسة …»): what a measure
    targets is no attack."""
    if h.trig.pos != "v" or h.trig.type in W["needs_source"]:
        return False
    after = h.last
    while after < len(toks) and not toks[after].word and toks[after].form not in CLAUSE_END:
        after += 1
    if after < len(toks) and toks[after].word and after not in covered and after not in h.used \
            and has(toks[after], W["inanimate"]):  # («ورفع العقوبات», «شنوا حملة مداهمات»: the trigger's own word)
        return True  # «واستهدفت الدراسة 110 كليات»: the measure right after the verb is its subject
    k = h.first - 1
    for _ in range(3):
        while k >= a and not toks[k].word:
            if toks[k].form in CLAUSE_END:
                return False
            k -= 1
        if k < a:
            return False
        if k in covered:
            before = _before_aimed_at(toks, a, k, covered)  # «العقوبات على إيران تستهدف …»: the measure's aim
            if before is None:
                return False
            k = before
            continue
        t = toks[k]
        if has(t, W["inanimate"]):
            return True
        if not t.form.startswith("ال"):  # only adjectives («الجديدة») may stand between
            return False
        k -= 1
    return False


_AIMED_AT = forms("على", "ضد", "بحق")  # what a measure is aimed at («العقوبات على إيران», «الإجراءات ضد روسيا»)


def _before_aimed_at(toks: list[Tok], a: int, k: int, covered: set[int]) -> int | None:
    """The word before «على/ضد/بحق X» when k ends a named X right after one («العقوبات على إيران»: at
    «العقوبات»), else None: a measure's aim stands between the measure and its verb."""
    while k >= a and (k in covered or not toks[k].word):
        k -= 1
    if k < a or not has(toks[k], _AIMED_AT):
        return None
    k -= 1
    while k >= a and not toks[k].word:
        k -= 1
    return k if k >= a else None


def _any_of(toks: list[Tok], a: int, h: Hit, W: Words) -> bool:
    """True when «أي» stands within two words before the trigger («بعدم السماح بأي هجوم», «لأي
    مؤامرة تستهدف أمن …»): any such deed is spoken of, none is told."""
    ws = [t for t in toks[max(a, h.first - 4):h.first] if t.word][-2:]
    return any(_any_word(t, W) for t in ws)


_ANY_TWO_CLITICS = ("وب", "ول", "فب", "فل")


def _any_word(t: Tok, W: Words) -> bool:
    """True when the token is «أي»/«أية» with at most one proclitic, or «أي» with «و»/«ف» and «بـ»/«لـ» («ولأي»);
    not «ولاية» (a state), whose folded form reads as «و» + «لـ» + «أية»."""
    f = t.form
    return f in W["any"] or (f[:1] in "بلوف" and f[1:] in W["any"]) \
        or (f[:2] in _ANY_TWO_CLITICS and f[2:] == norm("أي"))


def _after_skip(toks: list[Tok], g: Group, W: Words) -> bool:
    """True when a word of `skip` stands right before the group («الموالين لروسيا», «بقيادة …»)."""
    k = g.first - 1
    while k >= 0 and not toks[k].word and toks[k].form not in CLAUSE_END:
        k -= 1
    return k >= 0 and toks[k].word and has(toks[k], W["skip"])


_SOLIDARITY = forms("تضامنا", "وتضامنا")  # the accusative of motive («… تضامنا مع غزة»)


def _solidarity_with(toks: list[Tok], a: int, g: Group, hits: list[Hit]) -> bool:
    """True when the group follows «تضامنا مع»: whom a deed was done in solidarity with («تستهدف الجماعة
    سفنا … تضامنا مع غزة», «تظاهر الآلاف تضامنا مع الشعب الفلسطيني»), no party to it; not when a trigger
    takes the noun as its word («وأبدت قطر تضامنا مع لبنان»: whom the backing is for)."""
    ws = [k for k in range(max(a, g.first - 3), g.first) if toks[k].word][-2:]
    if len(ws) != 2 or toks[ws[1]].form not in WITH or toks[ws[0]].form not in _SOLIDARITY:
        return False
    return not any(ws[0] in h.used or h.first <= ws[0] < h.last for h in hits)


def _posted_to(toks: list[Tok], a: int, g: Group, W: Words) -> bool:
    """True when the group follows «لدى» after an envoy («السفير الأمريكي لدى المملكة», «مندوب روسيا
    الدائم لدى الأمم المتحدة»): where the envoy is posted, no party to what he does or undergoes."""
    k = g.first - 1
    if k <= a or toks[k].form not in POSTED_AT:
        return False
    envoy = W["envoy"]  # the bare word: «سفيرها لدى إيران» names whose envoy, and the place is a party
    return any(toks[j].form in envoy or toks[j].form[1:] in envoy for j in range(max(a, k - 4), k))


def _comma_between(toks: list[Tok], prev: Group, g: Group) -> int | None:
    """The index of the comma right after the group before `g` (past marks only), or None."""
    k = prev.last
    while k < g.first and not toks[k].word and toks[k].form not in (",", "،"):
        k += 1
    return k if k < g.first and toks[k].form in (",", "،") else None


def _apposition(toks: list[Tok], prev: Group, g: Group, b: int) -> bool:
    """True when `g` stands in an apposition to the group before it: «X، title g، …» (one to three
    words between the comma after X and g, and a comma right after g)."""
    k = _comma_between(toks, prev, g)
    if k is None:
        return False
    ws = [j for j in range(k + 1, g.first) if toks[j].word]
    if not 1 <= len(ws) <= 3 or any(not toks[j].word and toks[j].form not in ('"', "«", "»")
                                     for j in range(k + 1, g.first)):
        return False
    nxt = g.last
    while nxt < b and not toks[nxt].word and toks[nxt].form not in (",", "،"):
        nxt += 1
    return nxt < b and toks[nxt].form in (",", "،")


def _titled_place(toks: list[Tok], prev: Group, g: Group, W: Words) -> bool:
    """True when `g`, a person set off by commas, follows a place or body that a person's title right before it
    governs («مفتي فنلندا، الدكتور وليد حمود،», «سفير المملكة، فلان،»): the man holds that title; the place is
    whose title it is, not he its apposition."""
    j = prev.first - 1
    return g.person and not prev.person and prev.binding in (None, "target") and not prev.glued \
        and j >= 0 and toks[j].word and has(toks[j], W["person_title"])


def _ranked_apposition(toks: list[Tok], prev: Group, g: Group, W: Words) -> bool:
    """True when `g` stands in an apposition that ranks the group before it among its kind, closed by a comma
    or not: «X، أكبر|أحد|أبرز g …» («أعلن "جيش الإسلام"، أكبر الفصائل المعارضة في سوريا حملة …»), with at most
    one word between the ranking word and g."""
    k = _comma_between(toks, prev, g)
    if k is None:
        return False
    ws = [j for j in range(k + 1, g.first) if toks[j].word]
    return 1 <= len(ws) <= 2 and toks[ws[0]].form in W["apposition_rank"] \
        and all(toks[j].word for j in range(k + 1, g.first))


_PAIR_TYPES = frozenset(("CONSULT", "AGREE", "COOPERATE"))
def _pair_subject(toks: list[Tok], a: int, h: Hit, b: int, W: Words) -> bool:
    """True when a dual noun that names both parties («الرئيسان», «الجانبان», «البلدان») is the subject
    of a meeting or agreement: right after its verb («وناقش الرئيسان»), or opening its clause right
    before it («الجانبان اتفقا», «وأوضح أن الرئيسين ناقشا»)."""
    nw = next_word(toks, h.last, b)
    if h.trig.pos == "v" and nw >= h.last and toks[nw].form.lstrip("وف") in W["pair"]:
        return True
    if h.trig.type == "AGREE" and _between_pair(toks, h, b, W):
        return True
    pw = [k for k in range(a, h.first) if toks[k].word][-1:]
    return bool(pw) and toks[pw[0]].form.lstrip("وف") in W["pair"] and (
        pw[0] == a or toks[pw[0] - 1].form in CLAUSE_END or not toks[pw[0] - 1].word
        or toks[pw[0] - 1].form in THAT)


def _between_pair(toks: list[Tok], h: Hit, b: int, W: Words) -> bool:
    """True when «بين» and a dual noun of both parties follow an agreement word in its clause, past at most
    `BETWEEN_REACH` words («وجرى تبادل مذكرات تفاهم بين البلدين»): the accord is theirs."""
    ws = [k for k in range(h.last, clause_end(toks, h.last, b)) if toks[k].word][:BETWEEN_REACH + 2]
    return any(toks[k].form == _BETWEEN and toks[j].form in W["pair"] for k, j in itertools.pairwise(ws))


BETWEEN_REACH = 2  # words between an agreement noun and «بين البلدين» («تبادل مذكرات تفاهم بين البلدين»)
_BETWEEN = fold("بين")


def _title_key(toks: list[Tok], ks: list[int]) -> tuple[str, ...]:
    """Folded words of a title, a conjunction taken off the first («والأمين العام» → الامين العام)."""
    forms = [toks[k].form for k in ks]
    if forms and forms[0][:1] in ("و", "ف") and forms[0][1:].startswith("ال"):
        forms[0] = forms[0][1:]
    return tuple(forms)


def _title_before(toks: list[Tok], a: int, g: Group, W: Words) -> tuple[str, ...]:
    """The definite title right before a group its «لـ» ties it to («الأمين العام لجامعة الدول
    العربية» → (الامين, العام)): up to three title words, opening with the article; () when none."""
    ks: list[int] = []
    k = g.first - 1
    while k >= a and len(ks) < 3:
        t = toks[k]
        if not t.word:
            break
        if not (has(t, W["title"]) or has(t, W["head"])):
            break
        ks.insert(0, k)
        k -= 1
    while ks and not toks[ks[0]].form.lstrip("وف").startswith("ال"):
        ks.pop(0)
    return _title_key(toks, ks) if ks else ()


def _bare_title(toks: list[Tok], h: Hit, b: int, titled: dict[tuple[str, ...], list[str]]) -> list[str]:
    """The subject right after a verb is a bare title («ودعا الأمين العام …») named before in the story
    with the body it is of («الأمين العام لجامعة الدول العربية»): that body."""
    nw = next_word(toks, h.last, b)
    if nw < h.last:
        return []
    for title, names in titled.items():
        ks = [k for k in range(nw, min(b, nw + 2 * len(title))) if toks[k].word][:len(title)]
        if _title_key(toks, ks) == title:
            nxt = next_word(toks, ks[-1] + 1, b)
            if nxt > ks[-1] and toks[nxt].form[:1] == "ل" and not toks[nxt].form.startswith("ال"):
                return []  # «الأمين العام للأمم المتحدة»: another body's
            return list(names)
    return []


def _told_body(toks: list[Tok], h: Hit, b: int, told: list[Event], L: Lexicon) -> list[str]:
    """The subject right after a verb is an anaphor with a head («المجلس», «اللجنة») that the entity
    layer could not resolve: the latest actor of an earlier event whose name holds that head."""
    nw = next_word(toks, h.last, b)
    if nw < h.last or not toks[nw].form.startswith(("ال", "وال")):
        return []
    head = next((L.anaphora_heads[r] for r in toks[nw].reads if r in L.anaphora_heads), None)
    if head is None:
        return []
    for ev in reversed(told):
        for n in ev.source:
            if head in bare_words(n):
                return [n]
    return []


def _drop_retold(toks: list[Tok], hits: list[Hit]) -> list[Hit]:
    """A verb with a definite noun of its own type as subject, after a deed of that type earlier in the
    sentence («شن الطيران غارات على …، واستهدفت الغارات مناطق …»): the same deed told again."""
    drop: set[int] = set()
    for i, h in enumerate(hits):
        if h.trig.pos != "v" or not any(x.trig.type == h.trig.type for x in hits[:i]):
            continue
        subj = next((x for x in hits[i + 1:i + 2] if x.first == h.last and x.trig.pos == "n"
                     and x.trig.type == h.trig.type and toks[x.first].form.startswith("ال")), None)
        if subj is not None:
            drop.update((id(h), id(subj)))
    return [h for h in hits if id(h) not in drop] if drop else hits


def _describes_deed(toks: list[Tok], h: Hit, hits: list[Hit]) -> bool:
    """A present verb a few words after a noun of its own type, with no trigger and no clause break
    between («نددت بالقصف التركي لقرى إقليم كردستان تستهدف تجمعات …»): it describes that deed."""
    if h.trig.pos != "v" or toks[h.first].form[:1] not in ("ي", "ت"):
        return False
    prev = max((x for x in hits if x.last <= h.first), key=lambda x: x.last, default=None)
    if prev is None or prev.trig.pos != "n" or prev.trig.type != h.trig.type:
        return False
    between = toks[prev.last:h.first]
    return all(t.word for t in between) and len(between) <= 5


def _deed_head(toks: list[Tok], a: int, h: Hit, L: Lexicon) -> tuple[int, list[Tok]] | None:
    """The relative pronoun right before a verb whose head is an event noun («الجريمة البشعة التي
    استهدفت», «الهجوم الذي استهدف») and the (up to three) words before it, or None."""
    rel = next((k for k in range(h.first - 1, max(a, h.first - 3) - 1, -1)
                if toks[k].form in L.words["relative"]), None)
    if rel is None or h.trig.pos != "v":
        return None
    heads = [toks[k] for k in range(max(a, rel - 4), rel) if toks[k].word][-3:]
    if any(r in L.by_first and any(t.pos == "n" for t in L.by_first[r]) for t in heads for r in t.reads):
        return rel, heads
    return None


def _told_deed(toks: list[Tok], a: int, h: Hit, L: Lexicon) -> bool:
    """A verb in a relative clause on a definite event noun («الجريمة التي استهدفت …»): like the
    noun alone, it names a deed that may have been told before (a back-reference, as `_back_noun`'s)."""
    head = _deed_head(toks, a, h, L)
    return head is not None and all(t.form.startswith(("ال", "وال", "بال", "لل")) for t in head[1])


def _after_deed_head(toks: list[Tok], a: int, h: Hit, groups: list[Group], source: list[str],
                     L: Lexicon) -> list[str]:
    """A verb in a relative clause on an event noun («أدان الوزير الجريمة التي استهدفت …», «الهجوم الذي
    استهدف …») has the deed itself as subject: no actor named before the relative pronoun is its doer."""
    head = _deed_head(toks, a, h, L)
    if head is None:
        return source
    rel = head[0]
    before = {n for g in groups if g.first < rel for n in g.names}
    after = {n for g in groups if g.first > rel for n in g.names}
    return [n for n in source if n not in before or n in after]


# what the people of `event_actors.tsv` kind wronged do as themselves («تظاهر اللاجئون», «طالب الأسرى»)
_WRONGED_DO = frozenset(("PROTEST", "DEMAND", "DISAPPROVE", "REJECT", "FIGHT"))


def _event(text: str, toks: list[Tok], a: int, b: int, h: Hit, hits: list[Hit], groups: list[Group],
           s_times: list[TimeExpr], speech: list[Quote], L: Lexicon) -> Event | None:
    """The event of hit `h`, or None for a bare purpose («للتحقيق في»: what another deed is for)."""
    W = L.words
    if tribe_name(toks, a, h):
        return None  # «ببني عدوان»: a tribe's or a place's name
    trig_tok = toks[h.first]
    reading = trigger_reading(trig_tok, h.trig)
    pre = prefix(trig_tok, reading)
    suffixed = len(reading) < len(trig_tok.form) - len(pre)
    c_lo, c_hi = clause_of(toks, a, b, h.first)
    end = max([h.last - 1, *h.used])  # «فتح رجال الشرطة المكلفين بأمن الاجتماع النار على …»: a trigger
    nxt = min((x.first for x in hits if x.first > end), default=b)  # inside its own words ends no clause
    nxt = next((k for k in range(h.last + 1, nxt) if (toks[k].form in W["new_statement"]
                and (toks[k - 1].form in (",", "،") or toks[k].form.startswith("و"))) or toks[k].form in W["aside"]),
               nxt)
    # «…، وقال إن …», «دانت X التفجير وأعرب Y عن …»: a new statement; «… لأنها …», «… مشددا على …»: a reason
    # or a further saying
    nxt = light_clause_start(toks, h.last, nxt, W)  # «…، وتقوم طائرات النظام بـ»: a new clause's subject
    nxt = _when_clause(toks, h, nxt, W)  # «قتلوا حينما سقطت مقاتلة سورية»: the «when» clause holds no object
    participle = (h.trig.pos == "x" and len(h.trig.words) == 1) or (
        h.trig.pos == "n" and has(trig_tok, W["participle"]) and h.first > a
        and toks[h.first - 1].form in CLAUSE_END)  # «…، مطالبة «شركاءنا» بـ»: a circumstantial participle
    verbish = h.trig.pos in ("v", "x") or participle
    modal = is_hedged(toks, a, h, pre, L)
    if modal and pre in PURPOSE and h.trig.pos != "v" and not is_hedged(toks, a, h, "", L):
        return None  # «تتعاون … للتحقيق في», «للمطالبة بعودة»: a purpose, not an event told
    lookback = (verbish or suffixed or pre in PURPOSE or modal) and not after_relative(toks, a, h, W)
    rel = after_relative(toks, a, h, W) if verbish else False
    site = Site(a, b, c_lo, c_hi, nxt, reading, suffixed, participle, verbish, lookback, rel)
    source, target = roles(text, toks, h, hits, groups, L, site)
    source, target = joined_parties(toks, h, groups, site, source, target)  # «الحكومة السورية وجبهة المعارضة»
    source, target = clash_dead_sides(toks, h, groups, source, target, W)  # «بمقتل ثمانية من الحوثيين في مواجهات»
    source, target = fight_between_it(toks, h, a, b, groups, source, target)  # «اشتباكات بينها وبين الحوثيين»
    target = seizure_loser(toks, h, a, b, groups, source, target, W)  # «… عقب اشتباكات بينها وبين الحوثيين»
    target = attacked_side(toks, h, b, groups, source, target, W)  # «هجمات نفذتها وهجمات مضادة من قوات النظام»
    # «قامت القوات بقصف تنظيم داعش», «صدت X هجوما شنه Y», «إن انفجارا …» (`events_attack_sides`)
    source, target = attack_sides(toks, h, groups, site, [(t.start, t.end) for t in s_times], W, source, target)
    source, target = carrier_sender(toks, a, h, groups, source, target)  # «طائرة إماراتية تحمل مساعدات»: its sender
    source, target = giver_nisba(h, groups, source, target)  # «قدمنا دعمنا الأوروبي للمحادثات»: the nisba gave it
    source = source or ordered_giver(toks, a, h, groups)  # «لتوجيهات الملك …، بتقديم مساعدات»: who ordered it
    if h.trig.type not in W["needs_source"]:  # «بحق جان قتل مواطنين»: the culprit did it (`events_sources`)
        source = culprit_clause(text, toks, a, h, groups, source)
        source = bomber_after(text, toks, h, b, groups, source)  # «حيث فجرت انتحاريتان نفسيهما»
    source, target = deputy_source(toks, a, b, groups, source, target)  # «نيابة عن الملك»: not the doer
    target = titled_victim(toks, h, b, groups, W, source, target)  # «مقتل القيادي البارز عمر …»: he was killed
    target = undergone_in_relative(text, toks, h, b, groups, L, source, target)  # «القصف الذي تعرض له مخيم …»
    target = own_verb_object(text, toks, h, b, groups, L, source, target)  # «غارات استهدفت مقرا حكوميا»
    source, target = site_owner(toks, h, b, groups, site, W, source, target)  # «استهداف معسكرات الحوثيين»: theirs
    target = infrastructure_country(toks, h, b, groups, source, target)  # «على منشآت الطاقة في أوكرانيا»
    source, target = besieged_place(toks, h, b, groups, source, target)  # «حصار غزة», «اجتياح صنعاء»: done to it
    # «وتشهد ليبيا معارك», «الكويت واجهت عمليات قتل»: where or to whom it befell, not who did it
    source, target = witnessed_deed(toks, a, h, hits, groups, W, source, target)
    source, target = hit_by_deed(toks, a, h, hits, groups, W, source, target)  # «أصيب جنود … في عملية دهس»
    source, target = described_by_verb(toks, a, h, hits, groups, W, source, target)  # «هجوما للقاعدة استهدف»
    source, target = killed_beside_hit(toks, a, h, hits, groups, W, source, target)  # «أصيب في كمين وقتل …»
    after = min((x.first for x in hits if x.first >= h.last and not has(toks[x.first], W["attrib_to"])),
                default=b)  # the next deed told («ونسب إلى الحزب، أدى إلى …» only says whose this one was)
    target = result_people(text, toks, h, b, after, groups, L, target)  # «… مما أسفر عن إصابة خمسة أشخاص»: the hurt
    if rel and source:
        source = _after_deed_head(toks, a, h, groups, source, L)
    negated = is_negated(toks, a, h, L) and h.trig.words[0] not in W["neg"]  # «لن يوقف» is REJECT itself
    negated = negated or denied_happening(toks, a, h)  # «لا صحة لما تردد عن وقوع هجمات»
    said = h.trig.type in W["needs_source"] and h.trig.type != "CONSULT"  # a meeting has a place
    location = choose_location(toks, groups, h, c_lo, c_hi if said else b, nxt, said, h.trig.type == "CONSULT",
                               said and h.trig.type != "AGREE",  # an agreement is reached somewhere
                               h.trig.type == "RETREAT", text, tuple(source))
    if not said:  # «أعلنت الشرطة امس الجمعة انها اعتقلت رجلا»: that date is the announcement's
        that = next((k for k in range(h.first - 1, a - 1, -1) if toks[k].form in W["that"]), None)
        if that is not None:
            s_times = [t for t in s_times if t.start > toks[that].start]
        s_times = report_times(toks, a, h, s_times, W["say"])  # «أعلنت الوزارة اليوم اعتقال …»: the report's day
    date = nearest_date(s_times, trig_tok.start, toks[c_lo].start, toks[c_hi - 1].end if c_hi > c_lo else 0)
    claimed, in_quote = quote_speaker(speech, trig_tok.start)
    quote = next((q for q in speech if q.start <= trig_tok.start < q.end), None)
    if quote is not None and quoted_object(toks, h.first, quote.start, h.trig.pos, W):
        quote = None  # «استأنفت الفصائل “استهداف مناطق …”»: quoted words the narration's verb governs
    if quote is not None:  # a quote is its own clause: its deeds take no actor from the words around it
        names = {n for g in groups for n in g.names}
        inside = {n for g in groups if quote.start <= toks[g.first].start < quote.end for n in g.names}
        inside |= _quoted_subject(toks, a, groups, quote, W)  # «قائلة إن الحوثيين «أخرجوه …»»
        said_in = text[quote.start:quote.end]  # a name read off the words themselves («مدير الأشغال»)
        source = [n for n in source if n in inside or (n not in names and n in said_in)]
        target = [n for n in target if n in inside or (n not in names and n in said_in)]
        if location not in {g.place for g in groups if quote.start <= toks[g.first].start < quote.end} \
                and not named_in_quote(location, groups, said_in):
            location = None  # «وقال … في أنقرة «إن التفجير ناجم عن اعتداء …»»: where it was said, not done
    colon = next((k for k in range(h.first - 1, a - 1, -1) if toks[k].form == ":"), None)
    if colon is not None and quote is None and not _says_of_self(toks, colon, h, W):
        # «وتابع الشيخ … يقول : … وأعمالها قتل المصلين»: the speaker did not do it
        after_colon = {n for g in groups if g.first > colon for n in g.names}
        names = {n for g in groups for n in g.names}
        told_after = text[toks[colon].end:toks[b - 1].end]  # an unnamed doer read off the words after it
        source = [n for n in source if n in after_colon or (n not in names and n in told_after)]
        # («ياوندي - «الشرق الأوسط»: … في تفجيرات نفذها انتحاريون»: a dateline's colon)
    we = first_person(trig_tok, reading, L.by_first) or any(w.startswith("ن") for w in h.trig.words[1:])  # «لن نسمح»
    if in_quote and not source and claimed and not rel and we and verbish:
        source = [claimed]
    if quote is not None and h.trig.pos == "n" and not participle and not source and not target \
            and not strike_crowd(text, toks, a, h, groups, L, _timed(toks, a, b, s_times)).names:
        return None  # «"فقط عبر طريق المفاوضات يمكن تفادي … الاشتباكات"»: a kind of deed spoken of, none told
    hedged = modal or expected_clause(toks, a, h) or (not past_verb(toks, h) and expected_noun(toks, h))
    hedged = hedged or sought_or_awaited(toks, a, h)  # «تسعى … إلى بسط سيطرتها», «حتى يتم طرد», «آمل أن ألتقي»
    hedged = hedged or purpose_or_proposal(toks, a, h)  # «من أجل رفع الحظر», «اقترحت … عقد اجتماع»
    hedged = hedged or attempted(toks, a, h) or planned_content(toks, a, h)  # «يحاول بسط», «مبادرة تقضي بانسحاب»
    # «ومن المرتقب أن تشهد الدوحة اليوم أيضا اجتماعا», «لقاءه المرتقب» (not «عقدت القمة المرتقبة أمس»)
    mode = h.trig.mode or ("hedged" if hedged else None)
    words = [toks[k] for k in sorted({*range(h.first, h.last), *h.used})]
    trigger = text[words[0].start:words[-1].end] if len(words) > 1 and words[-1].start - words[0].end < 80 \
        else text[trig_tok.start:trig_tok.end]
    background = is_background(toks, a, h) and not future_in_past(toks, a, h, pre)  # not «كانت ستستهدف»
    background = background or told_as_context(toks, a, h) or pluperfect_sentence(toks, a, h)
    background = background or bare_pluperfect(toks, a, h) or said_earlier(toks, a, h)  # «وكان X سلم», «في السابق»
    background = background or told_as_history(toks, a, h)  # «في ثمانينيات القرن الماضي», «العدوان الثلاثي»
    return Event(h.trig.type, mode, source, target, location, date, negated, trigger, 0, 0,
                 hedged=hedged, claimed_by=claimed, background=background)




def _quoted_subject(toks: list[Tok], a: int, groups: list[Group], quote: Quote, W: Words) -> set[str]:
    """The names of the actor fronted after «إن»/«أن» right before a quote opens («قائلة إن الحوثيين
    «أخرجوه …»»): the subject of the quoted verbs, named outside the quote marks."""
    g = next((g for g in groups if toks[g.last - 1].end <= quote.start and _only_marks(toks, g.last, quote.start)),
             None)
    if g is None or not g.actor or (g.is_loc and not g.force) or g.binding not in (None, "target"):
        return set()
    return set(g.names) if _after_that(toks, a, g.first) else set()


def _only_marks(toks: list[Tok], k: int, end: int) -> bool:
    """True when no word stands from token k up to the character offset `end`."""
    while k < len(toks) and toks[k].start < end:
        if toks[k].word:
            return False
        k += 1
    return True


def _object_pronoun(toks: list[Tok], h: Hit) -> bool:
    """True when a verb trigger carries a pronoun past the reading the table matched («اعتقلتهم», «استهدفها»):
    its object is that pronoun."""
    tok = toks[h.first]
    reading = trigger_reading(tok, h.trig)
    return h.trig.pos == "v" and len(reading) < len(tok.form) - len(prefix(tok, reading)) \
        and tok.form.endswith(PRONOUN_SUFFIXES)


def _phrase_actors(text: str, toks: list[Tok], a: int, b: int, h: Hit, ev: Event, groups: list[Group],
                   told: list[Event], s_times: list[TimeExpr], L: Lexicon) -> None:
    """Actors no entity names, read off the noun phrases around the verb of `ev` (`events_phrases`;
    `told`: the events of the sentence so far): the subject after a clause-opening statement verb and
    its object; after «كما», the sentence's subject; a noun phrase fronted after «إن»/«أن»; the unnamed
    speaker a pronoun after a reporting verb stands for; the people a deed was done to."""
    W = L.words
    skip = _timed(toks, h.last, b, s_times)  # time words after the verb, stepped over by every reading
    if not ev.source and h.trig.pos == "v" and h.trig.type in W["needs_source"] and not suffered(toks, h, W) \
            and opens_clause(toks, a, h.first, W) and not _plural_verb(toks[h.first]) and h.last not in h.used:
        # (a needed word right after the verb, «فيجري المقابلة …», leaves no room for a subject there)
        # «ودعا الطالب عبدالله …», «دعت بعض الأطراف …»; a plural verb («وهددوا الموقع») has its
        # subject in its suffix, and the noun after it is its object
        ev.source, k = noun_subject(text, toks, past_each_of(toks, h.last, b), b, groups, L, skip)
        if ev.source and (_oblique_plural(ev.source[0]) or asked_after_verb(toks, h, b, groups, L)
                          or feminine_body_object(toks, h, next_word(toks, h.last, b))) \
                and not any(ev.source[0] in g.names for g in groups):
            # «كما ناشد الخاطفين السماح …», «وناشد المسؤولين التدخل»: a plural in ـين is the object; the
            # subject is the one the story tells of
            ev.source, ev.target = [], [*ev.source, *[n for n in ev.target if n not in ev.source]]
        ev.target = [n for n in ev.target if n not in ev.source]
        # «وطالب الحكومة المجتمع الدولي بـ»: the object after it; «عبر/أعرب» take none («عبر عدد من النواب
        # المحافظين عن اعتراضهم»: an adjective of the subject, `events_expressed`)
        if ev.source and not ev.target and not voicing_verb(h.trig.words[0]):
            ev.target = [n for n in noun_subject(text, toks, k, b, groups, L, skip)[0] if n not in ev.source]
    elif not ev.source and h.trig.pos == "v" and h.trig.type in UNDERGONE and h.trig.mode not in DONE_TO \
            and opens_clause(toks, a, h.first, W) and not _plural_verb(toks[h.first]):
        # «هاجم أفراد من الجيش المستشفى»: members of a named body did it (bare «مسلحون» are left to the
        # story: the gold pages name the group they belong to)
        doers, k = noun_subject(text, toks, h.last, b, groups, L, skip)
        head = norm(doers[0]).split()[0] if doers else ""
        if doers and _part_of_named(doers[0], groups, toks, h.last, k) \
                and not (head.endswith("ين") and analyse_word(head) is None):  # «وستمنع المزورين»: an object
            ev.source = doers
            ev.target = [n for n in ev.target if n not in doers]
            if not ev.target:
                obj = noun_subject(text, toks, k, b, groups, L, skip)[0]
                ev.target = [n for n in obj if n not in doers and (people(n) or site(n))]
    if ev.source and (unnamed := nominative_before_object(text, toks, a, b, h, ev.source, groups, L)):
        # «واتهم سكان محليون المتمردين …»: the name after a plural in ـون is the object, not the subject
        ev.target = [n for n in dict.fromkeys([*ev.source, *ev.target]) if n not in unnamed]
        ev.source = unnamed
    if not ev.source and (h.trig.type in W["needs_source"] or h.trig.type == "PROTEST") \
            and (body := light_body(text, toks, a, h, groups, L)):
        # «وواصلت أسر الصيادين مطالبتها للسلطات …»: the past light verb's unnamed subject
        ev.source = body
        ev.target = [n for n in ev.target if n not in body]
    if not ev.source and (crowd := protest_crowd(text, toks, a, b, h, groups, L, skip)):
        # «تظاهر مئات العمال», «نفذت العشرات من الأسر وقفة احتجاجية»: the people after the protest verb
        ev.source = crowd
        ev.target = [n for n in ev.target if n not in crowd]
    strikers = strike_crowd(text, toks, a, h, groups, L, _timed(toks, a, b, s_times))
    if strikers.names and (strikers.fronted or set(ev.source) <= strikers.over):
        # «بدأ 80 أسيرا فلسطينيا بسجن نفحة الإسرائيلي إضرابا», «إن 120 أسيرا بدأوا إضرابا»: who took up the
        # strike, not the place named after them (`events_strikers`)
        ev.source = strikers.names
        ev.target = [n for n in ev.target if n not in strikers.names]
    if not ev.source and (callers := protest_callers(text, toks, h, b, groups, L)):
        # «الإضراب الذي دعا إليه الحزب», «التظاهرات التي يشارك فيها أنصار التيار»: the relative clause's subject
        ev.source = callers
        ev.target = [n for n in ev.target if n not in callers]
    if h.trig.pos == "v" and h.trig.type in W["needs_source"] and _also(toks, a, h) and not any(
            h.last <= g.first <= h.last + 1 and set(g.names) & set(ev.source) for g in groups):
        # «حذر قراقع …، محملا …، كما طالب المجتمع الدولي بـ»: «كما» goes on with the sentence's subject
        first = next((e for e in told if e.source and not e.claimed_by), None)
        if first is not None and set(first.source) != set(ev.source):
            obj = noun_subject(text, toks, h.last, b, groups, L, skip)[0]
            ev.source = list(first.source)
            ev.target = [n for n in dict.fromkeys([*obj, *ev.target]) if n not in ev.source]
    if h.trig.pos == "v" and (fronted := _fronted_subject(text, toks, a, h, groups, L)):
        if (h.trig.mode in DONE_TO and counted(fronted[0])) or suffered(toks, h, W) or fronted_undergone(toks, h):
            if not ev.target:  # «أن ستة أشخاص على الأقل اعتقلوا», «خمسة نيباليين يواجهون اتهامات»: they underwent it
                ev.target = [n for n in fronted if n not in ev.source]
            ev.source = [n for n in ev.source if n not in fronted]
        else:  # «إن مجلس المحافظة طالب رئيس الوزراء حيدر العبادي»: the noun before the verb is its subject
            ev.target = [n for n in dict.fromkeys([*ev.source, *ev.target]) if n not in fronted]
            ev.source = fronted
    if not ev.source and h.trig.pos == "v" and (those := _kana_subject(text, toks, a, h, L)
                                                or kana_aside_subject(text, toks, a, h, groups, L)):
        if suffered(toks, h, W) or fronted_undergone(toks, h):
            # «وكان كاميرون قد تعرض للانتقاد», «وكان ستة أشخاص قد قتلوا يوم الخميس»: they underwent it
            ev.target = list(dict.fromkeys([*those, *ev.target]))
        else:
            ev.source = [n for n in those if n not in ev.target]  # «وكان أهالي العاصمة صنعاء قد خرجوا …»
    if not ev.source and h.trig.pos == "v" and (those := _relative_antecedent(text, toks, a, h, groups, L)):
        if suffered(toks, h, W):  # «بن يونس الذي واجه انتقادات كبيرة»: the one who underwent it
            ev.target = list(dict.fromkeys([*those, *ev.target]))
        else:
            ev.source = [n for n in those if n not in ev.target]  # «المتظاهرين الذين احتجوا على …»
    elif h.trig.pos == "v" and (those := _people_before(text, toks, a, h, groups, L)
                                or fronted_collective(text, toks, a, h, groups, L)):
        # «اعتقلت السلطات مجموعة من الأفغانيين اعترفوا بارتباطهم بداعش»: the people right before a plural
        # verb are its subject, whoever the sentence opened with («خمسة نيباليين يواجهون اتهامات»: they underwent it)
        if suffered(toks, h, W):
            ev.source, ev.target = [n for n in ev.source if n not in those], list(dict.fromkeys([*those, *ev.target]))
        else:
            ev.target = [n for n in ev.target if n not in those]
            ev.source = those
    if not ev.source and h.trig.pos == "v" and h.trig.type in W["needs_source"] \
            and (said_at := _pronoun_after_saying(toks, a, b, h, W)) is not None:
        # «وقال حلفاء غربيون لتركيا إنهم يؤيدون …»: the pronoun stands for the unnamed speaker
        said_skip = _timed(toks, said_at, b, s_times)
        ev.source = [n for n in noun_subject(text, toks, said_at, b, groups, L, said_skip)[0] if n not in ev.target]
    if for_whom := demand_beneficiaries(toks, h, b, ev, groups, W) | demand_foes(toks, h, b, ev, groups) \
            | aided_parties(toks, h, b, ev, groups) \
            | wronged_parties(toks, h, b, ev, groups):
        # «… بتعزيز قدرات للقوات الأمنية», «دعا المجتمع الدولي إلى دعم الحكومة» (`events_targets`)
        ev.target = [n for n in ev.target if n not in for_whom]
    if ev.source and h.trig.pos in ("v", "x") and h.trig.type in W["needs_source"] \
            and (asked := _people_asked(text, toks, h, b, ev, groups, skip, L)):
        ev.target = asked  # «…، داعيا المشرعين الى اختيار الدبلوماسية الاميركية»: those asked, not a topic
    elif (asked := asked_party(text, toks, h, b, ev, groups, skip, L)) or (not ev.target and (
            asked := asked_past_aside(text, toks, h, b, ev, groups, skip, L)
            or asked_agent(text, toks, h, b, ev, groups, skip, L))):
        # «ودعا الاتحاد المجتمع الدولي إلى التحرك»: the body asked (`events_addressees`), also over a party
        # read from the thing asked («وطالب الكعود حكومة الأنبار بالعمل … للقضاء على داعش»)
        ev.target = asked
    if h.trig.type == "DISAPPROVE" and (blame := blame_roles(text, toks, h, b, ev, groups, skip, L)) is not None:
        ev.source, ev.target = blame  # «وحمّل الأمين العام إسرائيل المسؤولية»: the one blamed (`events_other_party`)
    if not ev.target and (kin := kin_patient(text, toks, h, b, groups, W)):
        ev.target = kin  # «وقتل المسلح زوجته»: the doer's own relative (`events_asked_parties`)
    if not ev.target and (held := held_doer(text, toks, h, b, ev, groups, L)):
        ev.target = held  # «تقديره للدور الذي تضطلع به دول المجلس»: whose the deed is (`events_addressees`)
    if not ev.target and (owner := object_owner(text, toks, h, b, ev, groups, skip, L)):
        ev.target = owner  # «وانتقدت المعارضة قرار الحكومة»: whose the thing is (`events_object_owner`)
    if not ev.target and (put_to_death := executed(toks, h, b, groups)):
        ev.target = put_to_death  # «نفذت الوزارة حكم القتل في المدعو …»: the one executed (`events_executions`)
    if not ev.target and h.trig.pos == "v" and h.trig.mode == "kill" and some_of(toks, h.last, b, W) \
            and (some := noun_subject(text, toks, h.last, b, groups, L, skip, True))[0] \
            and _deed_after(toks, some[1], b, L):
        # «قتل 6 من المدنيين في قصف للحوثيين», «قتل ستة من مليشيا الحشد في هجوم»: some of a body, counted
        ev.target = [n for n in some[0] if n not in ev.source]
    if not ev.target and h.trig.pos == "v" and h.trig.mode == "kill" \
            and (n := victims_end(toks, h.last, b, W)) is not None and _deed_after(toks, n, b, L):
        # «قتل عشرة جنود في هجوم شنه مسلحون», «قتل ثلاثة أشخاص برصاص قوات الأمن»: the ones a number counts
        # right after a killing verb died in the deed whose doer is told (not a toll: «قتل أكثر من 6500
        # شخص منذ …»); so do one or two told without a number («قتل شرطي», «قتل شخصان»: `events_few_victims`)
        ev.target = [text[toks[h.last].start:toks[n - 1].end]]
    if not ev.target and h.trig.pos == "n" and (h.trig.mode in DONE_TO or (h.trig.type == "ASSAULT" and not any(
            e.type == "ASSAULT" and e.target for e in told))):
        # «مقتل شاب أسود برصاص شرطي», «اعتقال 13 آخرين»: the people right after the deed noun underwent it;
        # «قصف الأحياء السكنية»: the site after an attack noun was hit (people after it are its doers)
        obj = noun_subject(text, toks, h.last, b, groups, L, skip, h.trig.mode in DONE_TO)[0]
        # «مقتل سبعة من قادة داعش»: some of a named body counted, the body stands for them
        part = h.trig.mode in DONE_TO and some_of(toks, _past(h.last, b, skip), b, W)
        bodies = {n for g in groups if g.actor and not g.is_loc for n in g.names} if part else set()
        ev.target = [n for n in obj if n not in ev.source and (
            site(n) if h.trig.mode not in DONE_TO else n in bodies or people(n) or described_person(n))]
        if not ev.target and h.trig.mode == "kill" and not result_governed(toks, a, h.first, L):
            # «مقتل شرطي», «مقتل جنديين تركيين» (`events_few_victims`; «أدى إلى مقتل شرطي» is the outcome's)
            ev.target = few_victims(text, toks, next_word(toks, h.last, b), b, W)
    if not ev.source and not ev.target and h.trig.pos == "v" and h.trig.type in UNDERGONE \
            and opens_clause(toks, a, h.first, W) and not _plural_verb(toks[h.first]):
        # «واختطف مسلحون ثلاثة صحفيين أجانب»: the victims after unnamed doers (`events_victims`)
        ev.target = victims_after_doers(text, toks, h.last, b, groups, L, skip)
    if not ev.target and h.trig.type in UNDERGONE and h.trig.pos in ("v", "n") \
            and not any(e.type == h.trig.type and e.target and not other_doers(e, ev) for e in told):
        # «غارات على قاعدة العند الجوية», «حملة ضد الجماعات المتشددة»: what the attack was made on (not
        # where people the sentence names as its victims died: «قتل 18 شرطيا في هجوم على نقطة تفتيش»; the victims
        # of other doers' deed told before are not this one's: «بمقتل مدني في قصف شنه الحوثيون، في وقت شن طيران …»)
        after = h.after
        shot_at = victim_phrase if h.trig.type == "ASSAULT" else None  # «أطلق مجهولون النار على مواطن»
        if shot_at is not None and shooting(toks, h.used):
            shot_at = fired_on  # «فتح مسلح النار على المصلين»: the people fired on
        ev.target = [n for n in attacked_site(text, toks, after, b, groups, L, frozenset(ev.source), skip, shot_at)
                     if n not in ev.source]
    if (besieged := _besieged_place(toks, h, b, ev, groups, W)):
        ev.target = besieged  # a besieged or raided town is what the siege is laid on
    if ev.source and not ev.target and h.trig.pos in ("v", "x") and (
            h.trig.type in UNDERGONE or h.trig.type in W["needs_source"]) and not _object_pronoun(toks, h):
        # «اعتقلت السلطات مجموعة من الأفغانيين»: the one it was done to, read off the words (not after
        # «اعتقلتهم قوات الأمن»: the pronoun on the verb is its object)
        doer = next((g for g in groups if h.last <= g.first <= h.last + 4 and set(g.names) & set(ev.source)),
                    None)
        after = max([doer.last if doer else h.last, *(k + 1 for k in h.used)])
        while after < b and toks[after].form in W["adverb"]:
            after += 1  # «احتجزت أيضا 1302 شخص»
        obj, end = noun_subject(text, toks, after, b, groups, L, skip, h.trig.type in UNDERGONE)
        part = some_of(toks, after, b, W)  # «اعتقلت 21 من عساكر الجيش»: the body stands for its men
        at = _past(after, b, skip)
        named = {n for g in groups if g.first == at for n in g.names}  # «حمّل دينيجو الحكومة الأوكرانية»
        if obj and h.trig.type in W["needs_source"]:
            obj = [*obj, *_conjuncts(toks, end, b, groups)]  # «دعا دمرتاش الحكومة التركية وحزب العمال إلى»
        # any other party is the object only where the subject stands right by the verb, and not as a title
        # after a name («دعا هادي اليامي رئيس لجنة …») or before it («وأدان نائب المبعوث … بريت مكجيرك»)
        before = h.first - 1 if h.first > a and toks[h.first - 1].form == "قد" else h.first  # «الشرطة قد اعتقلت»
        seated = doer is not None or any(g.last == before and set(g.names) & set(ev.source) for g in groups) \
            or joined_verb(toks, a, h.first, W)
        later = any(end <= g.first < b and set(g.names) & set(ev.source) for g in groups)
        head = norm(obj[0]).split()[0] if obj else ""
        titled = (head[2:] if head.startswith("ال") else head) in W["person_title"]
        wide = seated and not later and not titled
        ev.target = [n for n in obj if n not in ev.source and not munition_phrase(n, W)
                     and (part or people(n) or (n in named and h.trig.type in W["needs_source"])
                          or (h.trig.type == "ASSAULT" and site(n))
                          or (wide and (h.trig.type in UNDERGONE or (
                              h.trig.type in W["needs_source"] and not site(n)))))]
    if ev.source and not ev.target and (h.trig.type in UNDERGONE or h.trig.type in W["needs_source"]):
        # «اتهامه لبعض قادة السنة», «واعتدوا بالضرب على الطاقم الطبي»: people after a preposition
        after = h.after
        # «وتهيب الوزارة بالمواطنين»: past the doer (`events_plain_parties`)
        ev.target = [n for n in oblique_people(text, toks, after, b, groups, L, skip, h.trig.type in UNDERGONE)
                     if n not in ev.source] \
            or [n for n in oblique_past_doer(text, toks, after, b, groups, L, frozenset(ev.source), skip,
                                             h.trig.type == "DEMAND") if n not in ev.source]
    if not ev.target and h.trig.pos == "v" and h.trig.mode != "kill" \
            and (h.trig.type in UNDERGONE or h.trig.type in W["needs_source"]):
        # «خطفوا عشرات المسيحيين»: the people right after a verb whose suffix holds its subject (not the
        # toll of a killing: «قتلوا عشرة أشخاص»)
        ev.target = [n for n in object_of_plural_verb(text, toks, toks[h.last - 1], h.last, b, groups, L, skip)
                     if n not in ev.source] or tens_of_people(text, toks, h.last, b, groups, W, frozenset(ev.source))
    if not ev.target and h.trig.pos == "n":
        # «التحقيقات ضد صحافيين»: the people a deed noun is done against (`events_plain_parties`)
        ev.target = [n for n in against_people(text, toks, h.last, b, groups, L, skip) if n not in ev.source]
    if (appeal := kin_appeal(text, toks, a, h, b, groups, L)) is not None:
        ev.source, ev.target = appeal  # «وناشدت والدة المواطن "العنزي" الجهات المختصة» (`events_appeal_sides`)
    elif asked := aside_addressee(text, toks, h, b, ev, groups, L):
        ev.target = asked  # «ودعا في بيان له الحكومة إلى …»: the one asked after the aside (`events_appeal_sides`)
        ev.source = [n for n in ev.source if n not in asked]
    if rights := rights_holders(toks, h, b, ev, groups):  # «لمطالبتها بحق النساء»: whose rights, not who is asked
        ev.target = [n for n in ev.target if n not in rights]


def _past(k: int, b: int, skip: frozenset[int]) -> int:
    """The first token from k on that is no time word of `skip` (k when none stands there)."""
    while k < b and k in skip:
        k += 1
    return k


def _drop_parties(ev: Event, names: Collection[str]) -> None:
    """Take `names` out of both sides of `ev`: parties only cited, harmed or present, or of another deed."""
    ev.source = [n for n in ev.source if n not in names]
    ev.target = [n for n in ev.target if n not in names]


def _conjuncts(toks: list[Tok], k: int, b: int, groups: list[Group]) -> list[str]:
    """The named parties joined by «و» right after an object ending at token k («… الحكومة التركية
    وحزب العمال إلى …»); none when «و» opens anything but a named party."""
    at = {g.first: g for g in groups}
    names: list[str] = []
    while k < b and (g := at.get(k)) is not None and toks[k].form.startswith("و") and g.actor \
            and not g.is_loc and g.binding not in ("loc", "skip", "mod"):
        names += g.names
        k = g.last
    return names


def _deed_after(toks: list[Tok], n: int, b: int, L: Lexicon) -> bool:
    """True when the deed the people counted before token n died in is told after them: a verb of doing or
    «برصاص» within eight words («قتل عشرة جنود في هجوم شنه مسلحون»), or an attack noun (`_in_deed`)."""
    W = L.words
    if n < b and toks[n].form[:1] == "و" and toks[n].form[1:] in W["hit_verbs"]:
        # «قتل 6 من المدنيين وأصيب آخرون، في قصف …»: the wounded told between the dead and their deed
        return any(_in_deed(toks, k, b, L) for k in range(n + 1, min(b, n + 4)))
    return any(toks[k].word and (deed_verb(toks[k], W) or any(
        match_seq(toks, k, p, b) > 0 for p in L.phrases["agent_by"])) for k in range(n, min(b, n + 8))) \
        or _in_deed(toks, n, b, L)


def _in_deed(toks: list[Tok], k: int, b: int, L: Lexicon) -> bool:
    """True when an attack or fighting noun follows the words at token k after «في», «جراء», «إثر»
    within three words («قتل 18 شرطيا مصريا في هجوم على نقطة تفتيش»), or an ambush or operation
    (`events_deed_agent.CAUSE_NOUNS`: «قتل 16 جنديا عراقيا في كمين لداعش»): the deed they died in."""
    return any(deed_noun_after(toks, j, L, CAUSE_NOUNS) for j in range(k, min(b - 1, k + 3)))


def _oblique_plural(phrase: str) -> bool:
    """True when a phrase's head is a sound masculine plural in its oblique form («الخاطفين»,
    «المسؤولين»): after a verb, its object, never its subject («الخاطفون»). A nisba plural in ـيين
    («الفلسطينيين») is left to the rules: it may name the people's side."""
    head = norm(phrase).split()[0]
    head = head[1:] if head[:1] in ("و", "ف") and len(head) > 4 else head
    return len(head) >= 6 and head.endswith("ين") and not head.endswith("يين") and analyse_word(head) is None


def _people_asked(text: str, toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group],
                  skip: frozenset[int], L: Lexicon) -> list[str]:
    """The people no entity names right after a statement verb or participle whose subject is told
    elsewhere («داعيا المشرعين الى …», «وطالب المواطنين بـ»): its object; [] when a name stands there or
    the words are no people (`skip`: the time words after the verb)."""
    k = _past(h.last, b, skip)
    if any(g.first <= k < g.last for g in groups):
        return []
    obj, _ = noun_subject(text, toks, k, b, groups, L, skip)
    return [n for n in obj if n not in ev.source and people(n)]


def _besieged_place(toks: list[Tok], h: Hit, b: int, ev: Event, groups: list[Group], W: Words) -> list[str]:
    """The town a siege or raid verb is done to («وتحاصر فصائل جيش الفتح بلدتي الفوعة وكفريا», «داهمت
    القوات قرية …»): the first place after the verb and its doer, before the clause ends."""
    if h.trig.pos != "v" or not ev.source or ev.target \
            or trigger_reading(toks[h.first], h.trig) not in W["place_object"]:
        return []
    c_end = next((k for k in range(h.last, b) if not toks[k].word and toks[k].form in CLAUSE_END), b)
    doer = [g for g in groups if h.last <= g.first < c_end and set(g.names) & set(ev.source)]
    lo = doer[0].last if doer else h.last
    town = next((g for g in groups if lo <= g.first < min(c_end, lo + 4) and g.is_loc and g.place
                 and not placed_in(toks, lo, g, W)), None)  # «منزل صحفي في إسطنبول»: where, not what
    return [town.place] if town is not None and town.place else []


def _part_of_named(name: str, groups: list[Group], toks: list[Tok], lo: int, hi: int) -> bool:
    """True when a phrase read in tokens [lo, hi) is part of a named group («أفراد من الجيش»)."""
    return " من " in f" {norm(name)} " and any(lo <= g.first and g.last <= hi and g.actor for g in groups)


def _plural_verb(t: Tok) -> bool:
    """True when a verb ends in a plural suffix («وهددوا», «يطالبون»): its subject is in it, or a plural."""
    return t.form.endswith(("وا", "ون"))


def _timed(toks: list[Tok], lo: int, b: int, times: list[TimeExpr]) -> frozenset[int]:
    """Indices of the tokens in [lo, b) inside a time expression («أمس», «يوم الجمعة»)."""
    out: set[int] = set()
    for t in times:  # the tokens starting inside each expression: a slice found by bisection
        first = bisect_left(toks, t.start, lo, b, key=_start)
        out.update(range(first, bisect_left(toks, t.end, first, b, key=_start)))
    return frozenset(out)


def _start(t: Tok) -> int:
    return t.start


_WHERE = forms("حيث", "وحيث")


def _when_clause(toks: list[Tok], h: Hit, nxt: int, W: Words) -> int:
    """The token of a subordinator of time after an attack verb, before `nxt` («عندما», «حينما», «بعدما»,
    «بينما»; not «حيث», which goes on with the deed): the clause it opens tells when, and names no one the
    attack was done to («قتلوا حينما سقطت مقاتلة سورية», «وقتل المدنيون عندما أطلق المتمردون النيران»)."""
    if h.trig.pos != "v" or h.trig.type != "ASSAULT":
        return nxt
    return next((k for k in range(h.last, nxt) if toks[k].form in W["subordinator"] and toks[k].form not in _WHERE),
                nxt)


def _also(toks: list[Tok], a: int, h: Hit) -> bool:
    """True when «كما» opens a later clause of the sentence right before the verb («…، كما طالب»)."""
    k = h.first - 1
    return a < k and toks[k].form in ("كما", "وكما") and not toks[k - 1].word and toks[k - 1].form in CLAUSE_END


def _fronted_subject(text: str, toks: list[Tok], a: int, h: Hit, groups: list[Group], L: Lexicon) -> list[str]:
    """A noun phrase no entity names standing between «إن»/«أن» and the verb, as its subject
    («أن مجلس المحافظة طالب …», «إن الحكومة رفضت …»), or []."""
    W = L.words
    k = h.first - 1
    while k >= a and toks[k].word and toks[k].form not in W["comp"] and h.first - k <= 5:
        k -= 1
    if k < a or not toks[k].word or toks[k].form not in W["comp"] or toks[k].form in W["relative"] \
            or h.first - k < 2 or any(k < g.last and g.first < h.first for g in groups):
        return []
    names, end = noun_subject(text, toks, k + 1, h.first, groups, L)
    if names and end < h.first and tuple(t.form for t in toks[end:h.first]) in L.phrases["at_least"]:
        end = h.first  # «أن ستة أشخاص على الأقل اعتقلوا»
    if end != h.first or not names:
        return []
    # a deed's doer must be people («أن مسلحين أكرادا قتلوا»), not the deed («إن عملا إرهابيا استهدف»)
    return names if h.trig.type in W["needs_source"] or people(names[0]) else []


def _fronted_of_first(toks: list[Tok], a: int, h: Hit, groups: list[Group], W: Words) -> list[str]:
    """The named actor standing between «إن»/«أن» and the first verb of its clause, when a conjoined
    present verb goes on with that verb in the same person, its prefix agreeing («أن مجلس الرابطة
    يتابع الأوضاع ويؤيد …», «أن الدول الأعضاء في الرابطة تراقب … وتتضامن مع …»); [] when no such
    clause stands before it in the sentence, unbroken by punctuation."""
    verb = toks[h.first].form[1:]
    k = h.first - 1
    while k >= a and (toks[k].word or toks[k].form not in CLAUSE_END) and toks[k].form not in W["comp"] \
            and h.first - k <= 12:
        k -= 1
    if k < a or toks[k].form not in W["comp"] or toks[k].form in W["relative"]:
        return []
    if verb[:1] not in ("ي", "ت"):
        return []
    end = next((j for j in range(k + 2, min(h.first, k + 7)) if toks[j].word and toks[j].form[:1] == verb[:1]), None)
    if end is None or any(not t.word for t in toks[k + 1:end]):
        return []
    g = next((g for g in groups if k < g.first and g.last <= end and g.actor and not g.is_loc), None)
    return list(g.names) if g is not None and g.binding not in ("skip", "mod") else []


def _kana_subject(text: str, toks: list[Tok], a: int, h: Hit, L: Lexicon) -> list[str]:
    """The noun phrase no entity names between «كان» and «قد» before the verb, its subject («وكان أهالي
    العاصمة صنعاء قد خرجوا», «وكانت مجموعة من الشباب قد هاجمت»); a deed's doer must be people."""
    k = h.first - 1
    if k <= a or toks[k].form != "قد":
        return []
    j = next((i for i in range(k - 1, max(a, k - 7) - 1, -1) if toks[i].form in KANA), None)
    if j is None or j + 1 >= k:
        return []
    W = L.words
    if k - j - 1 > 5 or not noun_subject(text, toks, j + 1, k, [], L)[0]:
        return []
    name = text[toks[j + 1].start:toks[k - 1].end]  # the frame bounds it: «أهالي العاصمة صنعاء»
    doers = h.trig.type in W["needs_source"] or people(name) or _plural_verb(toks[h.first]) \
        or toks[j + 1].form in W["partitive"]
    return [name] if doers else []


def _relative_antecedent(text: str, toks: list[Tok], a: int, h: Hit, groups: list[Group], L: Lexicon) -> list[str]:
    """The people a relative pronoun right before a verb with no object pronoun stands for, when no
    entity names them («لتفريق المتظاهرين الذين احتجوا», «نحو 50 شخصا من أهالي الفلوجة الذين
    تظاهروا»): the verb's subject; [] when none is read."""
    rel = h.first - 1
    t = toks[h.first]
    if rel <= a or toks[rel].form not in L.words["relative"] or \
            len(trigger_reading(t, h.trig)) < len(t.form) - len(prefix(t, trigger_reading(t, h.trig))):
        return []  # «الهجمات التي نفذها مقاتلو …»: a pronoun on the verb is its object, the subject is after
    named = next((g for g in groups if g.last == rel and not g.is_loc), None)  # («أهالي الفلوجة الذين»: read on)
    if named is not None:  # «لتفريق المتظاهرين الذين احتجوا»: a group actor the rules left free
        head = toks[named.first - 1] if named.first > a else None
        owned = head is not None and head.word and head.form[:1] not in "بلوفك" and not head.form.startswith("ال") \
            and head.form not in L.words["prep_any"]  # «ميثاق منظمة التعاون الذي يدعو»: the charter calls
        return list(named.names) if named.actor and not owned else []
    return _phrase_ending_at(text, toks, a, comma_before(toks, rel, a), 8, groups, L,
                             lambda n: people_antecedent(n, toks[rel].form, L.words))  # «بين الأهالي، الذين اتهموا»


def _people_before(text: str, toks: list[Tok], a: int, h: Hit, groups: list[Group], L: Lexicon) -> list[str]:
    """People no entity names standing right before a plural verb («مجموعة من الأفغانيين اعترفوا»,
    «نحو 50 شخصا من أهالي الفلوجة تظاهروا»): its subject, as the verb's agreement shows; [] if none."""
    t = toks[h.first]
    if not _plural_verb(t) or h.first - 1 <= a or not toks[h.first - 1].word \
            or toks[h.first - 1].form in L.words["relative"] or h.trig.mode in DONE_TO:
        return []  # («أن أربعة مدنيين قتلوا»: people counted before a killing verb underwent it)
    return _phrase_ending_at(text, toks, a, h.first, 7, groups, L,
                             lambda n: counted(n) or (" من " in f" {norm(n)} " and people(n)))


def _phrase_ending_at(text: str, toks: list[Tok], a: int, end: int, reach: int, groups: list[Group], L: Lexicon,
                      accept: Callable[[str], bool]) -> list[str]:
    """The longest noun phrase no entity names that ends right before token `end`, starting at most
    `reach` words back in the clause, whose reading `accept` takes («مجموعة من الأفغانيين| اعترفوا»); []
    when none does."""
    best: list[str] = []
    for j in range(end - 1, max(a, end - reach) - 1, -1):
        if not toks[j].word:
            break
        names, stop = noun_subject(text, toks, j, end, groups, L)
        if stop == end and names and accept(names[0]):
            best = names
    return best


def _named_roles(text: str, entities: list[Entity]) -> list[Entity]:
    """A role the entity layer resolved to its country («نائب وزير الخارجية الروسي» → روسيا) stands
    for the person it names elsewhere in the article, right before his name («… نائب وزير الخارجية
    الروسي ميخائيل بوغدانوف»): the same official, met again."""
    persons = [e for e in entities if e.label == "PER" and e.role is None]
    out = []
    for e in entities:
        if e.role:
            role = fold(e.role).strip()
            holder = next((p for p in persons if len(role) > 6
                           and fold(text[max(0, p.start - len(e.role) - 4):p.start]).strip().endswith(role)), None)
            if holder is not None:
                e = replace(e, label="PER", canonical=holder.canonical, role=None)
        out.append(e)
    return out


def _reported_by(toks: list[Tok], a: int, g: Group, W: Words) -> bool:
    """True when an attribution or leadership word of the `skip` class («وفق», «بحسب», «برئاسة») stands up to
    three words before the group in its clause («وفق بيانات لوزارة الصحة»): it reports the account or
    leads the party, it is no party itself."""
    return word_before(toks, a, g.first, W["skip"], 3)


# «… اجتماعا برئاسة أمين الطائف رئيس اللجنة فلان»: the chair of a body's own meeting is named after it
_HEADED = forms("برئاسة", "وبرئاسة", "يترأسه", "يرأسه", "ترأسه", "رأسه")
HEADED_REACH = 8  # words of a chair's titles between «برئاسة» and his name («أمين الطائف رئيس اللجنة المهندس»)


def _headed_by(toks: list[Tok], a: int, g: Group, groups: list[Group], W: Words) -> bool:
    """True when «برئاسة» stands before a chair's group in its clause with only his titles between
    («عقدت اللجنة اجتماعا جمعت كافة الأعضاء برئاسة أمين الطائف رئيس اللجنة المهندس محمد المخرج»): he
    chairs the body's own meeting, no second party of it. The chair is a person, his title read as a name
    («أمين») or the place of his title; what stands between is his titles and roles, never a party joined by
    «و» («ومشاركة وزير …»)."""
    titled_place = g.is_loc and g.first - 1 >= a and title_word(toks[g.first - 1], W)  # «أمين الطائف»
    if not (g.person or titled_place or _role_group(toks, g, W)):
        return False
    back = clause_words(toks, g.first - 1, a - 1, HEADED_REACH, back=True)
    at = next((k for k in back if has(toks[k], _HEADED)), None)
    if at is None or any(_joined(toks[k], W) for k in range(at + 1, g.first)):
        return False
    return not any(o is not g and at < o.first < g.first and not o.is_loc and not _role_group(toks, o, W)
                   for o in groups)


def _role_group(toks: list[Tok], g: Group, W: Words) -> bool:
    """True when a group opens with a title word: a role («أمين الطائف», «رئيس اللجنة»), or a title alone
    read as a person's name («أمين»), no one named."""
    if g.person:
        return all(title_word(toks[k], W) for k in range(g.first, g.last))
    return title_word(toks[g.first], W)


def _joined(t: Tok, W: Words) -> bool:
    """True when a word carries «و» glued on as a conjunction («ومشاركة», «وبحضور»), not as its first letter."""
    return t.word and and_glued(t) and not title_word(t, W)


def _pronoun_after_saying(toks: list[Tok], a: int, b: int, h: Hit, W: Words) -> int | None:
    """Where the speaker's words start when a verb's subject is a pronoun on «إن»/«لكن» right before it
    and the sentence opens with a reporting verb («وقال X إنهم يؤيدون», «… لكنهم دعوا»); else None."""
    if not pronoun_before(toks, h.first, W):
        return None
    first = next((k for k in range(a, b) if toks[k].word), None)
    if first is None or first >= h.first or not _says(toks[first], W):
        return None
    return first + 1


def _statement_subject(toks: list[Tok], h: Hit, b: int, W: Words) -> bool:
    """True when the subject right after a verb is a statement noun («ودعا البيان …», «وطالبت الرسالة …»)."""
    nw = next_word(toks, h.last, b)
    return nw >= h.last and toks[nw].form in W["statement"]


def _own_arms_before(toks: list[Tok], a: int, h: Hit, groups: list[Group], W: Words) -> list[str]:
    """The subject right before a verb, after «إن»/«أن», is a state's forces with a pronoun («وأعلنت
    وزارة الدفاع الروسية أن طائراتها دمرت …», «وقالت تركيا إن قواتها قصفت …»): the pronoun's antecedent,
    the nearest actor named before «أن» in the sentence (who tells of its own forces)."""
    k = h.first - 1
    if k - 2 >= a and toks[k].form.startswith("ال") and toks[k - 2].form in THAT and not any(
            g.first <= k < g.last for g in groups):
        k -= 1  # «أن دفاعاتها الجوية أسقطت …», «إن قواتها البحرية استهدفت …»: the arms and their branch
    if k - 1 < a or not toks[k].word or toks[k - 1].form not in THAT:
        return []
    if not own_fighters(toks[k], W):
        return []
    prior = [g for g in groups if a <= g.first and g.last <= k - 1 and g.actor]
    return list(prior[-1].names) if prior else []


def _members_of(toks: list[Tok], a: int, h: Hit, b: int, groups: list[Group], W: Words) -> list[str]:
    """The subject right after a verb is a head of members with a pronoun («عناصرها», «مقاتلوه»,
    «قواتهم»): the pronoun's antecedent, the nearest free actor before the verb in its sentence."""
    nw = next_word(toks, h.last, b)
    if nw < h.last or any(g.first == nw for g in groups):
        return []
    t = toks[nw]
    stem = next((r for r in t.reads if r in W["head"]), None)
    if stem is None or not t.form.endswith(("ها", "ه", "هم")) or len(t.form) <= len(stem):
        return []
    prior = [g for g in groups if a <= g.first and g.last <= h.first and g.binding is None and g.actor]
    return list(prior[-1].names) if prior else []
