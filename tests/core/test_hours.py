"""Business hours: open or not, when open again, and open time added and measured (for SLA
clocks), with holidays, 调休, windows to midnight and daylight-saving changes."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from kefu.core.hours import DAYS, HORIZON_DAYS, BusinessHours, Holiday, Schedule

SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
HOUR = 3600


def schedule(**days: list[list[str]]) -> Schedule:
    return Schedule.model_validate(days)


def at(text: str, zone: ZoneInfo = SHANGHAI) -> datetime:
    """A wall-clock time in ``zone`` as an aware UTC instant."""
    return datetime.fromisoformat(text).replace(tzinfo=zone).astimezone(UTC)


# 2026-09-28 is a Monday. 国庆 closes Thursday 10-01 and Friday 10-02; Saturday 10-10 is
# worked instead (调休).
OFFICE = BusinessHours(
    schedule(**{day: [["09:00", "18:00"]] for day in WEEKDAYS}),
    [
        Holiday.model_validate({"date": "2026-10-01", "name": "国庆节"}),
        Holiday.model_validate({"date": "2026-10-02"}),
        Holiday.model_validate({"date": "2026-10-10", "hours": [["09:00", "18:00"]]}),
    ],
    SHANGHAI,
)
LUNCH = BusinessHours(
    schedule(**{day: [["09:00", "12:00"], ["13:00", "18:00"]] for day in WEEKDAYS}), [], SHANGHAI
)


# --- open or not ----------------------------------------------------------------------------


def test_business_hours_in_the_group_zone_with_holidays() -> None:
    holidays = [
        Holiday(date=date(2026, 11, 24)),  # Tuesday: closed
        Holiday(date=date(2026, 11, 29), hours=[["10:00", "16:00"]]),  # Sunday: a working day
    ]
    hours = BusinessHours(LUNCH.schedule, holidays, SHANGHAI)
    assert hours.is_open(at("2026-11-23 10:00"))
    lunch = at("2026-11-23 12:30")
    assert not hours.is_open(lunch)
    assert hours.next_open(lunch) == datetime(2026, 11, 23, 13, 0, tzinfo=SHANGHAI)
    # Monday 19:00; Tuesday is a holiday: Wednesday 09:00.
    assert hours.next_open(at("2026-11-23 19:00")) == datetime(2026, 11, 25, 9, tzinfo=SHANGHAI)
    assert hours.is_open(at("2026-11-29 11:00"))  # Sunday
    assert not hours.is_open(at("2026-11-28 11:00"))  # Saturday


def test_always_open_unless_a_holiday_says_otherwise() -> None:
    hours = BusinessHours(None, [Holiday(date=date(2026, 11, 23))], SHANGHAI)
    assert not hours.is_open(at("2026-11-23 10:00"))
    assert hours.is_open(at("2026-11-24 10:00"))


@pytest.mark.parametrize(
    "windows",
    [[["18:00", "09:00"]], [["09:00", "09:00"]], [["9:00", "18:00"]], [["09:00", "24:30"]]],
)
def test_a_window_is_two_times_of_day_in_order(windows: list[list[str]]) -> None:
    with pytest.raises(ValidationError):
        schedule(mon=windows)
    with pytest.raises(ValidationError):
        Holiday.model_validate({"date": "2026-10-01", "hours": windows})


# --- adding open time -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "hours", "due"),
    [
        ("2026-09-29 07:30", 1, "2026-09-29 10:00"),  # before opening: counts from 09:00
        ("2026-09-29 10:00", 2, "2026-09-29 12:00"),  # during
        ("2026-09-29 17:00", 1, "2026-09-29 18:00"),  # used up at closing: ends there
        ("2026-09-29 16:00", 4, "2026-09-30 11:00"),  # the rest the next morning
        ("2026-09-29 19:00", 1, "2026-09-30 10:00"),  # after closing
        ("2026-09-26 10:00", 1, "2026-09-28 10:00"),  # a Saturday: Monday
        ("2026-10-01 10:00", 1, "2026-10-05 10:00"),  # 国庆, then the weekend
        ("2026-09-30 17:00", 3, "2026-10-05 11:00"),  # into the holiday and out of it
        ("2026-10-09 17:00", 2, "2026-10-10 10:00"),  # Friday into the working Saturday
        ("2026-10-10 08:00", 1, "2026-10-10 10:00"),  # the working Saturday itself
        ("2026-09-28 09:00", 27, "2026-09-30 18:00"),  # three whole days
        ("2026-09-28 09:00", 28, "2026-10-05 10:00"),  # and an hour after the long break
    ],
)
def test_adding_counts_open_time_only(start: str, hours: float, due: str) -> None:
    assert OFFICE.add(at(start), hours * HOUR) == at(due)


@pytest.mark.parametrize(
    ("start", "opening"),
    [
        ("2026-09-29 10:15", "2026-09-29 10:15"),  # open: now
        ("2026-09-29 09:00", "2026-09-29 09:00"),  # the opening itself
        ("2026-09-29 18:00", "2026-09-30 09:00"),  # the closing is already closed
        ("2026-09-29 06:00", "2026-09-29 09:00"),
        ("2026-09-30 20:00", "2026-10-05 09:00"),
    ],
)
def test_adding_nothing_is_the_next_open_instant(start: str, opening: str) -> None:
    assert OFFICE.add(at(start), 0) == at(opening)


def test_the_lunch_break_does_not_count() -> None:
    assert LUNCH.add(at("2026-09-28 11:00"), 2 * HOUR) == at("2026-09-28 14:00")
    assert LUNCH.add(at("2026-09-28 12:30"), 0) == at("2026-09-28 13:00")
    assert LUNCH.add(at("2026-09-28 11:00"), HOUR) == at("2026-09-28 12:00")
    assert LUNCH.between(at("2026-09-28 11:00"), at("2026-09-28 14:00")) == 2 * HOUR
    assert LUNCH.between(at("2026-09-28 12:10"), at("2026-09-28 12:50")) == 0


def test_overlapping_windows_count_once() -> None:
    hours = BusinessHours(schedule(mon=[["09:00", "12:00"], ["11:00", "14:00"]]), [], SHANGHAI)
    assert hours.between(at("2026-09-28 00:00"), at("2026-09-29 00:00")) == 5 * HOUR
    assert hours.add(at("2026-09-28 09:00"), 5 * HOUR) == at("2026-09-28 14:00")


def test_results_are_utc_whatever_zone_the_start_is_in() -> None:
    start = datetime(2026, 9, 29, 7, 30, tzinfo=SHANGHAI)
    due = OFFICE.add(start, HOUR)
    assert due.tzinfo is UTC
    assert due == datetime(2026, 9, 29, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai


def test_a_window_to_midnight_runs_on_into_one_from_midnight() -> None:
    night = BusinessHours(
        schedule(fri=[["18:00", "24:00"]], sat=[["00:00", "06:00"]]), [], SHANGHAI
    )
    assert night.is_open(at("2026-10-02 23:59"))
    assert night.add(at("2026-10-02 23:00"), 2 * HOUR) == at("2026-10-03 01:00")
    assert night.add(at("2026-10-02 18:00"), 6 * HOUR) == at("2026-10-03 00:00")
    assert night.add(at("2026-10-02 18:00"), 12 * HOUR) == at("2026-10-03 06:00")
    assert night.add(at("2026-10-02 18:00"), 12 * HOUR + 1) == at("2026-10-09 18:00:01")
    assert night.between(at("2026-10-02 20:00"), at("2026-10-03 04:00")) == 8 * HOUR
    assert night.between(at("2026-10-02 00:00"), at("2026-10-09 00:00")) == 12 * HOUR


def test_long_targets_in_business_time() -> None:
    # Two years of working days is no trouble: only a run of closed days ends the search.
    start = at("2026-09-28 09:00")
    due = OFFICE.add(start, 500 * 9 * HOUR)
    assert OFFICE.between(start, due) == 500 * 9 * HOUR
    assert due > start + timedelta(days=690)


# --- measuring open time --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "hours"),
    [
        ("2026-09-29 10:00", "2026-09-29 12:30", 2.5),
        ("2026-09-29 07:00", "2026-09-29 20:00", 9),
        ("2026-09-29 17:00", "2026-09-30 10:00", 2),
        ("2026-09-25 17:00", "2026-09-28 10:00", 2),  # over a weekend
        ("2026-09-30 09:00", "2026-10-05 09:00", 9),  # over 国庆
        ("2026-10-09 09:00", "2026-10-12 09:00", 18),  # Friday and the working Saturday
        ("2026-09-26 00:00", "2026-09-27 23:59", 0),
        ("2026-09-29 12:00", "2026-09-29 12:00", 0),
        ("2026-09-29 12:00", "2026-09-29 10:00", 0),  # the end before the start
    ],
)
def test_measuring_counts_open_time_only(start: str, end: str, hours: float) -> None:
    assert OFFICE.between(at(start), at(end)) == hours * HOUR


def test_adding_and_measuring_are_inverse() -> None:
    calendars = [
        OFFICE,
        LUNCH,
        BusinessHours(  # split days, a window to midnight, a working Saturday, holidays
            schedule(
                **{day: [["09:00", "12:00"], ["13:30", "18:00"]] for day in ("mon", "tue")},
                wed=[["20:00", "24:00"]],
                thu=[["00:00", "24:00"]],
                fri=[["00:00", "02:00"], ["08:00", "17:30"]],
                sat=[["10:00", "16:00"]],
            ),
            [
                Holiday.model_validate({"date": "2026-03-31"}),
                Holiday.model_validate({"date": "2026-10-25", "hours": [["01:00", "03:30"]]}),
            ],
            BERLIN,
        ),
    ]
    rng = random.Random(20261001)
    for hours in calendars:
        # Around both of 2026's clock changes in Berlin.
        for origin in (at("2026-03-22 00:00", BERLIN), at("2026-10-18 00:00", BERLIN)):
            for _ in range(120):
                start = origin + timedelta(seconds=rng.randrange(0, 21 * 24 * HOUR))
                seconds = rng.randrange(0, 60 * HOUR)
                due = hours.add(start, seconds)
                assert hours.between(start, due) == seconds
                assert hours.add(start, hours.between(start, due)) <= due
                # And the other way round: what was measured, added, ends no later (and
                # the rest was closed), unless nothing was open at all.
                end = start + timedelta(seconds=rng.randrange(0, 14 * 24 * HOUR))
                spent = hours.between(start, end)
                reached = hours.add(start, spent)
                assert hours.between(start, reached) == spent
                if spent:
                    assert reached <= end
                    assert hours.between(reached, end) == 0


def test_fractions_of_a_second_are_kept() -> None:
    start = at("2026-09-29 17:59:59")
    due = OFFICE.add(start, 1.5)
    assert due == at("2026-09-30 09:00:00.500000")
    assert OFFICE.between(start, due) == 1.5


# --- daylight saving ------------------------------------------------------------------------

# Berlin: on Sunday 2026-03-29 the clock goes from 02:00 to 03:00; on Sunday 2026-10-25
# from 03:00 back to 02:00.
ROUND_THE_CLOCK = schedule(**{day: [["00:00", "24:00"]] for day in DAYS})


def test_the_spring_forward_day_has_23_hours() -> None:
    hours = BusinessHours(ROUND_THE_CLOCK, [], BERLIN)
    assert (
        hours.between(at("2026-03-29 00:00", BERLIN), at("2026-03-30 00:00", BERLIN)) == 23 * HOUR
    )
    assert hours.add(at("2026-03-29 00:00", BERLIN), 24 * HOUR) == at("2026-03-30 01:00", BERLIN)


def test_the_fall_back_day_has_25_hours() -> None:
    hours = BusinessHours(ROUND_THE_CLOCK, [], BERLIN)
    assert (
        hours.between(at("2026-10-25 00:00", BERLIN), at("2026-10-26 00:00", BERLIN)) == 25 * HOUR
    )
    night = BusinessHours(schedule(sun=[["01:00", "04:00"]]), [], BERLIN)
    start = at("2026-10-25 01:00", BERLIN)
    assert night.between(start, start + timedelta(days=1)) == 4 * HOUR  # 02:00-03:00 twice
    assert night.add(start, 3 * HOUR) == datetime(2026, 10, 25, 2, 0, tzinfo=UTC)  # 03:00 CET


def test_office_hours_keep_their_wall_clock_across_the_change() -> None:
    office = BusinessHours(schedule(**{day: [["09:00", "18:00"]] for day in WEEKDAYS}), [], BERLIN)
    # Friday 17:00 in winter time, two hours: Monday 10:00 in summer time.
    assert office.add(at("2026-03-27 17:00", BERLIN), 2 * HOUR) == datetime(
        2026, 3, 30, 8, 0, tzinfo=UTC
    )
    assert office.add(at("2026-10-23 17:00", BERLIN), 2 * HOUR) == datetime(
        2026, 10, 26, 9, 0, tzinfo=UTC
    )
    week = office.between(at("2026-03-23 00:00", BERLIN), at("2026-04-06 00:00", BERLIN))
    assert week == 10 * 9 * HOUR


def test_a_window_in_the_lost_hour_opens_when_the_clock_jumps() -> None:
    # 02:30-04:00 on the spring-forward Sunday: the clock shows 03:00 right after 01:59.
    hours = BusinessHours(schedule(sun=[["02:30", "04:00"]]), [], BERLIN)
    jump = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert hours.add(at("2026-03-29 00:00", BERLIN), 0) == jump
    assert hours.is_open(jump)
    assert not hours.is_open(jump - timedelta(minutes=1))
    assert hours.between(jump - timedelta(hours=5), jump + timedelta(hours=5)) == HOUR
    # A window wholly inside the lost hour does not open that day.
    lost = BusinessHours(schedule(sun=[["02:00", "03:00"]]), [], BERLIN)
    assert lost.add(at("2026-03-28 12:00", BERLIN), 0) == at("2026-04-05 02:00", BERLIN)


# --- calendar time and calendars that never open --------------------------------------------


def test_always_counts_calendar_time() -> None:
    hours = BusinessHours.always()
    start = at("2026-09-30 17:00")
    assert hours.is_open(start)
    assert hours.add(start, 30 * 24 * HOUR) == start + timedelta(days=30)
    assert hours.between(start, start + timedelta(days=800)) == 800 * 24 * HOUR
    assert hours.between(start, start - timedelta(seconds=1)) == 0


def test_hours_that_never_open_are_an_error() -> None:
    never = BusinessHours(schedule(), [], SHANGHAI)
    with pytest.raises(ValueError, match="do not open"):
        never.add(at("2026-09-29 09:00"), 60)
    with pytest.raises(ValueError, match="do not open"):
        never.add(at("2026-09-29 09:00"), 0)
    assert never.between(at("2026-09-29 09:00"), at("2027-09-29 09:00")) == 0


def test_only_a_year_of_closed_days_in_a_row_is_too_long() -> None:
    def open_once(day: date) -> BusinessHours:
        special = Holiday(date=day, hours=[["09:00", "10:00"]])  # a closed week but for one day
        return BusinessHours(schedule(), [special], SHANGHAI)

    start = at("2026-01-01 00:00")
    late = date(2026, 1, 1) + timedelta(days=HORIZON_DAYS - 1)
    assert open_once(late).add(start, 60) == at(f"{late.isoformat()} 09:01")
    with pytest.raises(ValueError, match="do not open"):
        open_once(late + timedelta(days=5)).add(start, 60)


@pytest.mark.parametrize("seconds", [-1, float("nan"), float("inf")])
def test_a_count_is_a_finite_number_not_below_zero(seconds: float) -> None:
    with pytest.raises(ValueError, match="business seconds"):
        OFFICE.add(at("2026-09-29 09:00"), seconds)


def test_instants_must_be_aware() -> None:
    with pytest.raises(ValueError, match="aware"):
        OFFICE.add(datetime(2026, 9, 29, 9, 0), 60)
    with pytest.raises(ValueError, match="aware"):
        OFFICE.between(datetime(2026, 9, 29, 9, 0), at("2026-09-30 09:00"))
