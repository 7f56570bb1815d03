"""The workflow state machine: transitions checked with reasons, and a fold that is the same in any order."""

import itertools
from datetime import UTC, datetime

import pytest

from duty_desk.domain.incidents import INCIDENT_STATUS, Status
from duty_desk.domain.roster import SWAP_APPROVAL, SwapState
from duty_desk.domain.validation import ValidationError
from duty_desk.domain.workflow import Event

AT = datetime(2026, 12, 2, tzinfo=UTC)


def _event(event_id: str, hlc: int, site: str, transition: str, from_state: Status, reason: str = "") -> Event:
    target = INCIDENT_STATUS.named(transition).target
    return Event(event_id, hlc, site, transition, from_state.value, target.value, AT, reason)


def test_a_transition_not_allowed_now_is_refused_with_its_reason() -> None:
    with pytest.raises(ValidationError) as refused:
        INCIDENT_STATUS.check(Status.NEW, "reopen")
    assert (refused.value.errors[0].field, refused.value.errors[0].reason) == ("status", "cannot reopen from new")
    with pytest.raises(ValidationError) as no_reason:
        INCIDENT_STATUS.check(Status.HANDLING, "close", "  ")
    assert (no_reason.value.errors[0].field, no_reason.value.errors[0].reason) == (
        "status_reason", "give the reason for closing")
    assert INCIDENT_STATUS.check(Status.HANDLING, "close", "已处置").target is Status.CLOSED
    assert INCIDENT_STATUS.towards(Status.CLOSED, Status.HANDLING).name == "reopen"
    with pytest.raises(ValidationError):
        INCIDENT_STATUS.towards(Status.HANDLING, Status.NEW)


def test_concurrent_events_fold_the_same_in_every_arrival_order() -> None:
    # Offline: site a closes the new incident, site b (later by its clock) starts handling it, then a reopens.
    close = _event("e1", 100, "site-a", "close", Status.NEW, "误报")
    handle = _event("e2", 105, "site-b", "handle", Status.NEW)
    reopen = _event("e3", 110, "site-a", "reopen", Status.CLOSED)
    folds = [INCIDENT_STATUS.replay(order) for order in itertools.permutations([close, handle, reopen])]
    # b's "start handling" no longer applies once a closed it; it stays in the events but changes nothing.
    assert folds == [(Status.HANDLING, [close, reopen])] * 6


def test_fold_order_is_clock_then_site_then_id() -> None:
    same_clock = [_event("z", 7, "site-b", "handle", Status.NEW), _event("a", 7, "site-a", "close", Status.NEW, "r")]
    assert INCIDENT_STATUS.fold(same_clock) is Status.CLOSED  # site-a first: closed, then handling does not apply
    same_site = [_event("b", 7, "s", "handle", Status.NEW), _event("a", 7, "s", "close", Status.NEW, "r")]
    assert INCIDENT_STATUS.fold(same_site) is Status.CLOSED


def test_no_events_keep_the_stored_state_and_old_records_start_where_their_first_event_was_made() -> None:
    assert INCIDENT_STATUS.fold([], Status.CLOSED) is Status.CLOSED
    assert INCIDENT_STATUS.fold([]) is Status.NEW
    assert INCIDENT_STATUS.fold([_event("e", 1, "s", "reopen", Status.CLOSED)], Status.CLOSED) is Status.HANDLING
    refuse = Event("e", 1, "s", "refuse", "pending", "refused", AT)
    approve = Event("f", 2, "t", "approve", "pending", "approved", AT)
    assert SWAP_APPROVAL.fold([approve, refuse]) is SwapState.REFUSED  # the first decision stands


def test_a_state_or_step_of_a_newer_version_is_kept_in_the_history_and_changes_nothing() -> None:
    archive = Event("e0", 1, "s", "archive", "archived", "closed", AT)  # made from a state this version lacks
    handle = _event("e1", 2, "s", "handle", Status.NEW)
    assert INCIDENT_STATUS.replay([archive, handle], Status.NEW) == (Status.HANDLING, [handle])
    assert INCIDENT_STATUS.fold([archive]) is Status.NEW  # before: ValueError 'archived' is not a valid Status
    assert INCIDENT_STATUS.fold([archive], Status.CLOSED) is Status.CLOSED
