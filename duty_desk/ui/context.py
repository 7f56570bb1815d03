"""What every panel and dialog is handed: the services, who is logged in, settings and the shared signals."""

from dataclasses import dataclass, field
from pathlib import Path

from duty_desk.services.context import Actor, Services
from duty_desk.settings import SettingsStore
from duty_desk.ui.background import Background, DataBus
from duty_desk.ui.operations import Operations


@dataclass
class UiContext:
    services: Services
    actor: Actor
    settings: SettingsStore
    data_dir: Path
    bus: DataBus
    background: Background
    demo: bool = False
    ops: Operations = field(init=False)  # the only way panels and dialogs reach the services

    def __post_init__(self) -> None:
        self.ops = Operations(self.background, self.bus)
