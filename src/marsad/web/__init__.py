"""The Arabic web UI: server-rendered Jinja2 templates and static CSS/JS, no build step."""
