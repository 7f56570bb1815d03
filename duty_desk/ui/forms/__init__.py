"""Generated from forms/*.ui by `python -m duty_desk.ui.build_resources forms`. Do not edit."""
