"""Every capability's registrations (panels, attention sources), made by importing its modules once.

A new capability adds its panel module here; the panel module registers its PanelSpec and imports the
services module that registers its attention source. Nothing else in the window names a capability.
"""

from duty_desk.ui.panels import coming, directory, escalations, incidents, overview, roster

CAPABILITIES = (overview, roster, coming, incidents, escalations, directory)
