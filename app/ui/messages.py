"""Errors from the services, told in the user's language.

Services raise errors with a message key and parameters (app/errors.py); here each key has an
English template that lupdate collects and translators translate. The generic checks of
app/services/rules.py (``<field>.required``, ``.in_future``, ``.too_early``, ``.out_of_range``) are
told with the field's own translated label. A key with no entry still says something useful: a
translated lead-in and the service's English text.

A template names only parameters that every raise site of its key passes (tests/test_messages.py
checks this against the code). Dates arrive as ISO strings and are shown as dd.MM.yyyy; case
statuses and outcomes arrive as plain enum values and are shown with their translated labels.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.errors import TatulyqError
from app.models.enums import CaseStatus, Outcome
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.labels import label

CONTEXT = "Messages"

GENERIC: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Messages", "{label} must be filled in."),
    "in_future": QT_TRANSLATE_NOOP(
        "Messages", "{label} ({value}) cannot be later than today. Please check the date."
    ),
    "too_early": QT_TRANSLATE_NOOP(
        "Messages", "{label} ({value}) cannot be earlier than {earliest}. Please check the date."
    ),
    "out_of_range": QT_TRANSLATE_NOOP("Messages", "{label} must be a number from {low} to {high}."),
}

# The fields the generic checks name; the key is the error key without its last part.
FIELDS: dict[str, str] = {
    "case.category": QT_TRANSLATE_NOOP("Messages", "The category of the dispute"),
    "case.channel": QT_TRANSLATE_NOOP("Messages", "How the dispute came to us"),
    # cases
    "case.intake_date": QT_TRANSLATE_NOOP("Messages", "The intake date"),
    "case.proposal_date": QT_TRANSLATE_NOOP("Messages", "The date of the proposal to mediate"),
    "case.agreement_date": QT_TRANSLATE_NOOP("Messages", "The date of the mediation agreement"),
    "case.end_date": QT_TRANSLATE_NOOP("Messages", "The date the mediation ended"),
    "case.close_date": QT_TRANSLATE_NOOP("Messages", "The closing date"),
    "extension.reason": QT_TRANSLATE_NOOP("Messages", "The reason for the extension"),
    "extension.days": QT_TRANSLATE_NOOP("Messages", "The length of the extension in days"),
    "extension.date": QT_TRANSLATE_NOOP("Messages", "The date of the extension"),
    # parties
    "party.last_name": QT_TRANSLATE_NOOP("Messages", "The last name"),
    "party.first_name": QT_TRANSLATE_NOOP("Messages", "The first name"),
    "party.org_name": QT_TRANSLATE_NOOP("Messages", "The name of the organisation or group"),
    "party.consent_on": QT_TRANSLATE_NOOP("Messages", "The date of consent"),
    "party.birth_date": QT_TRANSLATE_NOOP("Messages", "The birth date"),
    "party.group_size": QT_TRANSLATE_NOOP("Messages", "The number of people in the group"),
    # mediators and their assignments
    "mediator.last_name": QT_TRANSLATE_NOOP("Messages", "The mediator's last name"),
    "mediator.first_name": QT_TRANSLATE_NOOP("Messages", "The mediator's first name"),
    "mediator.register_number": QT_TRANSLATE_NOOP("Messages", "A professional mediator's register number"),
    "mediator.registered_on": QT_TRANSLATE_NOOP("Messages", "The date of election or certificate"),
    "training.title": QT_TRANSLATE_NOOP("Messages", "The title of the training"),
    "training.completed_on": QT_TRANSLATE_NOOP("Messages", "The date the training was completed"),
    "training.hours": QT_TRANSLATE_NOOP("Messages", "The length of the training in hours"),
    "assignment.date": QT_TRANSLATE_NOOP("Messages", "The date of the assignment"),
    "assignment.release_date": QT_TRANSLATE_NOOP("Messages", "The date of the release"),
    # sessions, consultations
    "session.date": QT_TRANSLATE_NOOP("Messages", "The date of the session"),
    "session.duration": QT_TRANSLATE_NOOP("Messages", "The length of the session in minutes"),
    "consultation.held_on": QT_TRANSLATE_NOOP("Messages", "The date of the consultation"),
    # settlement agreements and their follow-up
    "settlement.signed_on": QT_TRANSLATE_NOOP("Messages", "The date of the settlement agreement"),
    "settlement.subject": QT_TRANSLATE_NOOP("Messages", "The subject of the settlement agreement"),
    "obligation.description": QT_TRANSLATE_NOOP("Messages", "The description of the obligation"),
    "obligation.due_on": QT_TRANSLATE_NOOP("Messages", "The due date of the obligation"),
    "obligation.checked_on": QT_TRANSLATE_NOOP("Messages", "The date of the check"),
    "follow_up.done_on": QT_TRANSLATE_NOOP("Messages", "The date of the follow-up"),
    "follow_up.next_due_on": QT_TRANSLATE_NOOP("Messages", "The date of the next follow-up"),
    "satisfaction.score": QT_TRANSLATE_NOOP("Messages", "The score"),
    # users
    "user.display_name": QT_TRANSLATE_NOOP("Messages", "The name shown for the user"),
    # retention
    "retention.years": QT_TRANSLATE_NOOP("Messages", "The number of years closed cases are kept"),
}

SPECIFIC: dict[str, str] = {
    # Raised by the desktop program's own dialogs (app/ui), not by the services.
    "setup.passwords_differ": QT_TRANSLATE_NOOP("Messages", "The two passwords differ. Type the same password twice."),
    "setup.unit_required": QT_TRANSLATE_NOOP("Messages", "Choose this computer's unit from the list."),
    "setup.exchange_passphrases_differ": QT_TRANSLATE_NOOP(
        "Messages", "The two passphrases of the exchange keys differ. Type the same passphrase twice."
    ),
    "directory.file_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The file {path} is far too large to be a directory of units. Choose the .tqd file."
    ),
    "directory.cannot_read": QT_TRANSLATE_NOOP(
        "Messages",
        "The file {path} cannot be read. Check that the USB stick is still in, or copy the file again.",
    ),
    # --- A date earlier than the step it follows: a whole sentence names that step, since a
    # label inserted into another sentence could not take the grammatical case Kazakh and Russian need.
    "case.proposal_date.too_early": QT_TRANSLATE_NOOP(
        "Messages",
        "The date of the proposal to mediate ({value}) cannot be earlier than the intake date "
        "({earliest}). Please check the date.",
    ),
    "case.agreement_date.too_early": QT_TRANSLATE_NOOP(
        "Messages",
        "The date of the mediation agreement ({value}) cannot be earlier than the intake date "
        "({earliest}). Please check the date.",
    ),
    "extension.date.too_early": QT_TRANSLATE_NOOP(
        "Messages",
        "The date of the extension ({value}) cannot be earlier than the mediation agreement "
        "({earliest}). Please check the date.",
    ),
    "case.close_date.too_early": QT_TRANSLATE_NOOP(
        "Messages",
        "The closing date ({value}) cannot be earlier than the end of the mediation ({earliest}). "
        "Please check the date.",
    ),
    "assignment.date.too_early": QT_TRANSLATE_NOOP(
        "Messages",
        "The date of the assignment ({value}) cannot be earlier than the intake date ({earliest}). "
        "Please check the date.",
    ),
    "assignment.release_date.too_early": QT_TRANSLATE_NOOP(
        "Messages",
        "The date of the release ({value}) cannot be earlier than the day the mediator was assigned "
        "({earliest}). Please check the date.",
    ),
    "session.date.too_early": QT_TRANSLATE_NOOP(
        "Messages",
        "The date of the session ({value}) cannot be earlier than the intake date ({earliest}). "
        "Please check the date.",
    ),
    "settlement.signed_on.too_early": QT_TRANSLATE_NOOP(
        "Messages",
        "The date of the settlement agreement ({value}) cannot be earlier than the mediation agreement "
        "({earliest}). Please check the date.",
    ),
    "obligation.due_on.too_early": QT_TRANSLATE_NOOP(
        "Messages",
        "The due date of an obligation ({value}) cannot be earlier than the signing of the settlement "
        "agreement ({earliest}). Please check the date.",
    ),
    "obligation.checked_on.too_early": QT_TRANSLATE_NOOP(
        "Messages",
        "The date of the check ({value}) cannot be earlier than the settlement agreement ({earliest}). "
        "Please check the date.",
    ),
    "follow_up.done_on.too_early": QT_TRANSLATE_NOOP(
        "Messages",
        "The date of the follow-up ({value}) cannot be earlier than the end of the mediation "
        "({earliest}). Please check the date.",
    ),
    "follow_up.next_due_on.too_early": QT_TRANSLATE_NOOP(
        "Messages",
        "The next follow-up ({value}) must come at least one day after this follow-up. "
        "Please check the date.",
    ),
    # "case.end_date.too_early" stays generic: it is raised against the mediation agreement or,
    # when there is none, against the intake date, and its parameters do not say which.
    # --- Cases
    "case.not_found": QT_TRANSLATE_NOOP(
        "Messages", "The case was not found. Check the case number, or refresh the list."
    ),
    "case.closed_read_only": QT_TRANSLATE_NOOP(
        "Messages", "This case is closed and can no longer be changed."
    ),
    "record.changed_elsewhere": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else saved this record after you opened it. Open it again and make your change once more.",
    ),
    "district.not_found": QT_TRANSLATE_NOOP(
        "Messages", "The district was not found. Choose a district from the list."
    ),
    "case.number_format": QT_TRANSLATE_NOOP(
        "Messages",
        "The case number must be the unit's code, the year of intake and a serial number, "
        "for example KZ-31-KRD-2026-0042.",
    ),
    "case.number_duplicate": QT_TRANSLATE_NOOP(
        "Messages", "A case numbered {number} already exists. Please check the number."
    ),
    "case.invalid_transition": QT_TRANSLATE_NOOP(
        "Messages",
        "This step is not possible: a case at the stage “{current}” cannot move to “{target}”. "
        "Refresh the case to see its current stage.",
    ),
    "case.proposal_after_intake": QT_TRANSLATE_NOOP(
        "Messages", "A proposal to mediate can be recorded only while the case is at intake."
    ),
    "case.agreement_needs_parties": QT_TRANSLATE_NOOP(
        "Messages", "Before the mediation agreement, add both an applicant and a respondent to the case."
    ),
    "case.agreement_needs_mediator": QT_TRANSLATE_NOOP(
        "Messages", "Before the mediation agreement, assign a mediator to the case."
    ),
    "case.extension_not_in_mediation": QT_TRANSLATE_NOOP(
        "Messages", "Only a case in mediation can have its term extended."
    ),
    "extension.consent_required": QT_TRANSLATE_NOOP(
        "Messages", "An extension of the term needs the consent of the parties. Mark that they agreed."
    ),
    "extension.too_many": QT_TRANSLATE_NOOP(
        "Messages", "This case has used all the extensions of its term that are allowed (at most {allowed})."
    ),
    "case.outcome_needs_mediation": QT_TRANSLATE_NOOP(
        "Messages", "The outcome “{outcome}” needs a signed mediation agreement first."
    ),
    "case.settled_needs_agreement_reason": QT_TRANSLATE_NOOP(
        "Messages",
        "A settled case ends because the settlement agreement was signed. Choose that as the reason.",
    ),
    "case.settled_needs_settlement": QT_TRANSLATE_NOOP(
        "Messages", "Record the settlement agreement before recording that the case was settled."
    ),
    "case.reason_contradicts_outcome": QT_TRANSLATE_NOOP(
        "Messages",
        "“Settlement agreement signed” fits only a settled case. Choose another reason or another outcome.",
    ),
    "case.termination_note_required": QT_TRANSLATE_NOOP(
        "Messages", "Describe the other ground for ending the mediation."
    ),
    "case.close_needs_outcome": QT_TRANSLATE_NOOP(
        "Messages", "Record the outcome of the mediation before closing the case."
    ),
    "case.obligations_pending": QT_TRANSLATE_NOOP(
        "Messages",
        "Obligations of the settlement agreement not checked yet: {pending}. "
        "Check each one before closing the case.",
    ),
    # --- Parties
    "party.consent_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Record the party's consent to personal-data processing before saving their name, IIN or contacts.",
    ),
    "party.consent_date_required": QT_TRANSLATE_NOOP("Messages", "Enter the date the consent was given."),
    "party.sex_contradicts_iin": QT_TRANSLATE_NOOP(
        "Messages", "The sex chosen does not match the IIN. Please check both."
    ),
    "party.birth_date_contradicts_iin": QT_TRANSLATE_NOOP(
        "Messages", "The birth date does not match the IIN. Please check both."
    ),
    "party.group_has_no_bin": QT_TRANSLATE_NOOP(
        "Messages", "A group of people has no BIN. Leave the number empty."
    ),
    "party.phone_format": QT_TRANSLATE_NOOP(
        "Messages", "The phone number should look like +7 7xx xxx xx xx."
    ),
    "party.email_format": QT_TRANSLATE_NOOP(
        "Messages", "The e-mail address is not valid. It should look like name@example.kz."
    ),
    "party.not_found": QT_TRANSLATE_NOOP("Messages", "This party was not found. Refresh the case."),
    "participant.duplicate": QT_TRANSLATE_NOOP("Messages", "This party already has that role in the case."),
    "participant.represents_required": QT_TRANSLATE_NOOP(
        "Messages", "Choose the party this representative represents."
    ),
    "participant.not_found": QT_TRANSLATE_NOOP(
        "Messages", "That participant is not on this case. Refresh the case."
    ),
    # --- IIN (a person) and BIN (an organisation)
    "iin.not_digits": QT_TRANSLATE_NOOP(
        "Messages",
        "The IIN must contain only the digits 0-9, with no spaces. Character {position} is “{character}”.",
    ),
    "iin.length": QT_TRANSLATE_NOOP(
        "Messages", "The IIN must have 12 digits, not {given}. Please check the number."
    ),
    "iin.century_digit": QT_TRANSLATE_NOOP(
        "Messages",
        "The 7th digit of the IIN gives the century of birth and the sex and must be 1 to 6, "
        "but it is {digit}. Please check the number.",
    ),
    "iin.birth_date": QT_TRANSLATE_NOOP(
        "Messages",
        "The first six digits of the IIN ({digits}) must be a real birth date: year, month, day. "
        "Please check the number.",
    ),
    "iin.future_birth_date": QT_TRANSLATE_NOOP(
        "Messages",
        "The IIN gives the birth date {birth_date}, which is in the future. Please check the number.",
    ),
    "iin.checksum": QT_TRANSLATE_NOOP(
        "Messages",
        "The IIN fails its check digit: one of its digits is probably mistyped. "
        "Please compare it with the identity document.",
    ),
    "bin.not_digits": QT_TRANSLATE_NOOP(
        "Messages",
        "The BIN must contain only the digits 0-9, with no spaces. Character {position} is “{character}”.",
    ),
    "bin.length": QT_TRANSLATE_NOOP(
        "Messages", "The BIN must have 12 digits, not {given}. Please check the number."
    ),
    "bin.month": QT_TRANSLATE_NOOP(
        "Messages",
        "The 3rd and 4th digits of the BIN are the month of registration and must be 01 to 12, "
        "but they are {month}. Please check the number.",
    ),
    "bin.entity_type": QT_TRANSLATE_NOOP(
        "Messages",
        "The 5th digit of the BIN must be 4, 5 or 6 and the 6th 0 to 3, but they are {entity_type} "
        "and {attribute}. Please check the number.",
    ),
    "bin.checksum": QT_TRANSLATE_NOOP(
        "Messages",
        "The BIN fails its check digit: one of its digits is probably mistyped. "
        "Please compare it with the registration document.",
    ),
    # --- Mediators
    "mediator.not_found": QT_TRANSLATE_NOOP(
        "Messages", "This mediator was not found. Refresh the list and choose again."
    ),
    "mediator.language_unknown": QT_TRANSLATE_NOOP(
        "Messages", "The language “{value}” is not one the program knows. Choose a language from the list."
    ),
    "mediator.specialisation_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "The specialisation “{value}” is not one the program knows. Choose a specialisation from the list.",
    ),
    "mediator.phone_format": QT_TRANSLATE_NOOP(
        "Messages", "The mediator's phone number should look like +7 7xx xxx xx xx."
    ),
    "mediator.email_format": QT_TRANSLATE_NOOP(
        "Messages", "The mediator's e-mail address is not valid. It should look like name@example.kz."
    ),
    "mediator.has_open_cases": QT_TRANSLATE_NOOP(
        "Messages",
        "This mediator still works on open cases: {open_cases}. Release the mediator from those cases first.",
    ),
    "conflict.note.required": QT_TRANSLATE_NOOP(
        "Messages", "Describe what prevents the mediator from being impartial in this case."
    ),
    "assignment.case_closed": QT_TRANSLATE_NOOP(
        "Messages", "The case is at the stage “{status}”, so its mediators can no longer be changed."
    ),
    "assignment.mediator_inactive": QT_TRANSLATE_NOOP(
        "Messages", "This mediator is not active and cannot take a case. Choose an active mediator."
    ),
    "assignment.already_assigned": QT_TRANSLATE_NOOP(
        "Messages", "This mediator is already assigned to this case."
    ),
    "assignment.lead_taken": QT_TRANSLATE_NOOP(
        "Messages",
        "This case already has a lead mediator. Release them first, or assign this mediator as a co-mediator.",
    ),
    "assignment.declaration_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Before the assignment, the mediator must declare whether anything prevents impartiality in this case.",
    ),
    "assignment.conflict_declared": QT_TRANSLATE_NOOP(
        "Messages",
        "This mediator declared a conflict of interest in this case and must decline it. "
        "Choose another mediator.",
    ),
    "assignment.not_found": QT_TRANSLATE_NOOP("Messages", "This mediator is not assigned to this case."),
    # --- Sessions
    "session.case_closed": QT_TRANSLATE_NOOP(
        "Messages", "The case is at the stage “{status}”, so its sessions can no longer be added or changed."
    ),
    "session.start_time_format": QT_TRANSLATE_NOOP(
        "Messages", "The start time should look like 09:30 (hours:minutes)."
    ),
    "session.date.too_far": QT_TRANSLATE_NOOP(
        "Messages",
        "The date of the session ({value}) is too far ahead: a session can be planned until {latest}.",
    ),
    "session.date.after_end": QT_TRANSLATE_NOOP(
        "Messages",
        "The date of the session ({value}) is after the end of the mediation. Please check the date.",
    ),
    "session.attendee_not_participant": QT_TRANSLATE_NOOP(
        "Messages",
        "Some of the people marked as present are not participants of this case. "
        "Refresh the case and mark them again.",
    ),
    "session.mediator_not_assigned": QT_TRANSLATE_NOOP(
        "Messages",
        "That mediator was not assigned to this case on the date of the session. Choose a mediator who was.",
    ),
    "session.not_found": QT_TRANSLATE_NOOP("Messages", "This session was not found. Refresh the case."),
    "session.range_reversed": QT_TRANSLATE_NOOP(
        "Messages", "The end of the period is earlier than its start. Please correct the dates."
    ),
    # --- Consultations
    "consultation.held_on.too_old": QT_TRANSLATE_NOOP(
        "Messages",
        "The date of the consultation ({value}) is too long ago: the earliest date accepted is {earliest}.",
    ),
    "consultation.case_needs_referral": QT_TRANSLATE_NOOP(
        "Messages", "Only a consultation referred to mediation can be linked to a case."
    ),
    "consultation.case_other_unit": QT_TRANSLATE_NOOP(
        "Messages", "Case {case} belongs to another unit, so it cannot be linked to this consultation."
    ),
    "consultation.case_before_consultation": QT_TRANSLATE_NOOP(
        "Messages",
        "Case {case} was registered before this consultation, so the consultation cannot have referred it.",
    ),
    "consultation.mediator_inactive": QT_TRANSLATE_NOOP(
        "Messages", "This mediator is not active. Choose an active mediator."
    ),
    "consultation.mediator_other_unit": QT_TRANSLATE_NOOP(
        "Messages", "This mediator belongs to another unit. Choose a mediator of this unit."
    ),
    "consultation.not_found": QT_TRANSLATE_NOOP(
        "Messages", "This consultation was not found. Refresh the list."
    ),
    "consultation.range_reversed": QT_TRANSLATE_NOOP(
        "Messages", "The end of the period is earlier than its start. Please correct the dates."
    ),
    # --- Settlement agreements, obligations, follow-up and feedback
    "settlement.case_not_in_mediation": QT_TRANSLATE_NOOP(
        "Messages",
        "A settlement agreement is recorded for a case in mediation; this case is at the stage “{status}”.",
    ),
    "settlement.exists": QT_TRANSLATE_NOOP("Messages", "Case {case} already has a settlement agreement."),
    "settlement.obligations_required": QT_TRANSLATE_NOOP(
        "Messages", "A settlement agreement needs at least one obligation: who does what, by when."
    ),
    "obligation.not_found": QT_TRANSLATE_NOOP("Messages", "This obligation was not found. Refresh the case."),
    "obligation.obligor_not_participant": QT_TRANSLATE_NOOP(
        "Messages",
        "The person bound by obligation {position} is not a participant of this case. Choose a participant.",
    ),
    "obligation.case_closed": QT_TRANSLATE_NOOP(
        "Messages",
        "The case is at the stage “{status}”, so the obligations of its settlement agreement "
        "can no longer be added or checked.",
    ),
    "obligation.status_pending": QT_TRANSLATE_NOOP(
        "Messages", "Choose whether the obligation was kept, partly kept or not kept."
    ),
    "follow_up.case_not_settled": QT_TRANSLATE_NOOP(
        "Messages", "Only a settled case is followed up; this case is at the stage “{status}”."
    ),
    "follow_up.obligation_not_in_case": QT_TRANSLATE_NOOP(
        "Messages",
        "One of the obligations checked is not part of this case's settlement agreement. Refresh the case.",
    ),
    "satisfaction.case_not_ended": QT_TRANSLATE_NOOP(
        "Messages", "Feedback is asked once the mediation has ended; this case has not ended yet."
    ),
    "satisfaction.empty": QT_TRANSLATE_NOOP(
        "Messages", "Give a score, say whether the party would recommend mediation, or both."
    ),
    "satisfaction.participant_not_in_case": QT_TRANSLATE_NOOP(
        "Messages", "That person is not a participant of this case."
    ),
    "satisfaction.duplicate": QT_TRANSLATE_NOOP(
        "Messages", "This participant's feedback on the case is already recorded."
    ),
    # --- Units and settings
    "unit.not_found": QT_TRANSLATE_NOOP("Messages", "There is no unit with the code {code}. Check the code."),
    "unit.closed_on_date": QT_TRANSLATE_NOOP(
        "Messages", "The unit {code} was not working on {day}. Please check the date."
    ),
    "settings.unknown": QT_TRANSLATE_NOOP("Messages", "There is no setting called {setting}."),
    "settings.not_a_number": QT_TRANSLATE_NOOP("Messages", "Enter a whole number."),
    "settings.out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "Enter a whole number from {minimum} to {maximum}."
    ),
    # --- Users and signing in
    "user.bad_credentials": QT_TRANSLATE_NOOP(
        "Messages", "The user name or the password is wrong. Please try again."
    ),
    "user.locked": QT_TRANSLATE_NOOP(
        "Messages", "Too many wrong passwords: the account is locked. Try again in {minutes_left} min."
    ),
    "user.inactive": QT_TRANSLATE_NOOP(
        "Messages", "This account is switched off. Ask an administrator to switch it on."
    ),
    "user.password_weak": QT_TRANSLATE_NOOP(
        "Messages",
        "The password needs at least {minimum} characters, with at least one letter and one digit.",
    ),
    "user.username_format": QT_TRANSLATE_NOOP(
        "Messages",
        "The user name needs 3 to 64 characters: Latin letters, digits, dot, underscore or hyphen.",
    ),
    "user.username_taken": QT_TRANSLATE_NOOP(
        "Messages", "The user name {username} is already taken. Choose another one."
    ),
    "user.not_found": QT_TRANSLATE_NOOP("Messages", "This user was not found. Refresh the list."),
    "user.old_password_wrong": QT_TRANSLATE_NOOP("Messages", "The current password is wrong."),
    "user.password_unchanged": QT_TRANSLATE_NOOP(
        "Messages", "The new password must differ from the current one."
    ),
    "user.mediator_other_unit": QT_TRANSLATE_NOOP(
        "Messages", "This mediator belongs to another unit than the user. Choose a mediator of the same unit."
    ),
    "user.mediator_taken": QT_TRANSLATE_NOOP("Messages", "This mediator already has a user account."),
    "user.last_administrator": QT_TRANSLATE_NOOP(
        "Messages",
        "The last active administrator cannot be switched off. Make another user an administrator first.",
    ),
    # --- Demo data
    "demo.database_exists": QT_TRANSLATE_NOOP(
        "Messages", "An encrypted demo database is made new, and there is already a database there."
    ),
    "demo.cases_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "The number of demo cases must be from {minimum} to {maximum}."
    ),
    "demo.until_in_future": QT_TRANSLATE_NOOP(
        "Messages", "Demo data cannot end after today. Choose today or an earlier date."
    ),
    "demo.no_open_units": QT_TRANSLATE_NOOP(
        "Messages",
        "None of the demo units was open in the two years before the chosen end date. "
        "Choose a later end date.",
    ),
    "demo.database_not_empty": QT_TRANSLATE_NOOP(
        "Messages",
        "This database already holds records. Demo data is made only in an empty database, "
        "so that it never mixes with real records.",
    ),
    "demo.sqlite_only": QT_TRANSLATE_NOOP(
        "Messages", "Demo data can be made only in a database file on this computer."
    ),
    # --- Drafts of unsaved input
    "draft.key": QT_TRANSLATE_NOOP(
        "Messages", "What you typed could not be kept as a draft. Save the form to keep it."
    ),
    # --- The database, backups and restore
    "db.busy": QT_TRANSLATE_NOOP(
        "Messages", "The database is busy with another user's work; try again in a moment."
    ),
    "db.disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full, so nothing was saved. Free some space and try again."
    ),
    "db.corrupt": QT_TRANSLATE_NOOP(
        "Messages",
        "The database file is damaged or is not a Tatulyq database. "
        "Restore the latest backup or call your administrator.",
    ),
    "db.cannot_open": QT_TRANSLATE_NOOP(
        "Messages",
        "The database file cannot be opened for writing. Check that the folder is not read-only, "
        "or call your administrator.",
    ),
    "db.integrity": QT_TRANSLATE_NOOP(
        "Messages", "This change breaks a rule of the database and was not saved. Refresh and try again."
    ),
    "db.unreachable": QT_TRANSLATE_NOOP(
        "Messages", "The database server cannot be reached. Check the network connection and try again."
    ),
    "db.not_a_file": QT_TRANSLATE_NOOP(
        "Messages", "This works only with a database file on this computer, not with a database server."
    ),
    "db.newer_than_program": QT_TRANSLATE_NOOP(
        "Messages",
        "This database was made by a newer version of Tatulyq. Install the newer version; "
        "the database was not changed.",
    ),
    "db.not_tatulyq": QT_TRANSLATE_NOOP(
        "Messages", "This database holds other data and is not a Tatulyq database. It was not changed."
    ),
    "db.migration_broke_keys": QT_TRANSLATE_NOOP(
        "Messages",
        "Updating the database would break links between its records, so nothing was changed. "
        "Call your administrator.",
    ),
    # --- Encryption at rest: the key file, the recovery key, the conversion (app/storage/keyfile.py)
    "db.key_required": QT_TRANSLATE_NOOP(
        "Messages", "This database is encrypted: it opens only after signing in with a user's password."
    ),
    "db.wrong_key": QT_TRANSLATE_NOOP(
        "Messages",
        "The database file does not open with its key: it was replaced by another file, or it is damaged. "
        "Call your administrator.",
    ),
    "db.exists": QT_TRANSLATE_NOOP("Messages", "A database is already there; it was not replaced."),
    "keys.missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The key file of the encrypted database is missing ({path}). Put it back, or set a new password "
        "with the recovery key (Forgot your password?).",
    ),
    "keys.unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The key file of the database cannot be read ({path}). Check the folder's permissions."
    ),
    "keys.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The key file of the database is damaged. Set a new password with the recovery key "
        "(Forgot your password?): a new key file is written.",
    ),
    "keys.cannot_write": QT_TRANSLATE_NOOP(
        "Messages",
        "The key file of the database cannot be written ({path}). The change of the user was saved, but "
        "their password may not open the database yet: set it again when the disk can be written.",
    ),
    "keys.exists": QT_TRANSLATE_NOOP(
        "Messages", "A key file is already there ({path}); it was not replaced."
    ),
    "keys.busy": QT_TRANSLATE_NOOP(
        "Messages", "The key file is busy with another program; try again in a moment."
    ),
    "keys.other_database": QT_TRANSLATE_NOOP(
        "Messages", "The key file beside the database belongs to another database ({path}); nothing was changed."
    ),
    "keys.recovery_format": QT_TRANSLATE_NOOP(
        "Messages",
        "A recovery key is 32 letters and digits in 8 groups of 4, like ABCD-EFGH-…; check what was typed.",
    ),
    "keys.recovery_wrong": QT_TRANSLATE_NOOP(
        "Messages", "This recovery key does not belong to this database. Check each group of letters."
    ),
    "keys.recovery_no_user": QT_TRANSLATE_NOOP(
        "Messages", "There is no active user {username} in this database."
    ),
    "keys.cannot_save": QT_TRANSLATE_NOOP(
        "Messages", "The recovery key could not be saved to that file; choose another place or print it."
    ),
    "encrypt.already": QT_TRANSLATE_NOOP("Messages", "The database is already encrypted."),
    "encrypt.failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The database could not be encrypted; it was left as it was, and the backup made first is kept.",
    ),
    "encrypt.in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "Another program (or another window of Tatulyq) has the database open. Close it and try again.",
    ),
    "encrypt.administrator_only": QT_TRANSLATE_NOOP(
        "Messages", "Only an administrator can encrypt the database."
    ),
    "backup.cannot_write": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup cannot be written to the chosen folder. Choose another folder and try again.",
    ),
    "backup.disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full, so no backup was written. Free some space or choose another disk."
    ),
    "backup.failed": QT_TRANSLATE_NOOP(
        "Messages", "The backup could not be written. Try again; if it fails again, call your administrator."
    ),
    "restore.same_file": QT_TRANSLATE_NOOP(
        "Messages", "That file is the database in use. Choose a backup file."
    ),
    "restore.bad_backup": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup was not restored because it is damaged or incomplete; nothing was changed. "
        "Choose another backup file.",
    ),
    "restore.newer_backup": QT_TRANSLATE_NOOP(
        "Messages",
        "This backup was made by a newer version of Tatulyq (schema {revision}). Install that version to "
        "restore it; nothing was changed.",
    ),
    "restore.failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The restore did not go through, and the database was put back as it was. A copy of it is at "
        "{path}. Call your administrator.",
    ),
    "restore.no_file": QT_TRANSLATE_NOOP("Messages", "There is no file {path}. Choose a backup file."),
    "backup.same_file": QT_TRANSLATE_NOOP(
        "Messages", "The backup cannot be written over the database itself. Choose another file."
    ),
    "backup.target_exists": QT_TRANSLATE_NOOP(
        "Messages", "The file {path} already exists. Choose another name or another folder."
    ),
    "backup.target_is_folder": QT_TRANSLATE_NOOP(
        "Messages", "{path} is a folder. Give the name of the backup file to write."
    ),
    "backup.no_folder": QT_TRANSLATE_NOOP(
        "Messages", "There is no folder {path}. Choose an existing folder, or insert the USB stick."
    ),
    "backup.unverified": QT_TRANSLATE_NOOP(
        "Messages",
        "The copy was written, but reading it back found it damaged. Do not rely on it: write it to "
        "another disk or USB stick.",
    ),
    # --- Importing an old register (app/services/importing)
    "import.file_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "The file {name} cannot be read: it is damaged, or it is not an Excel workbook or a CSV file.",
    ),
    "import.file_type": QT_TRANSLATE_NOOP(
        "Messages",
        "{name} cannot be imported: choose an Excel workbook (.xlsx) or a CSV file. "
        "An older .xls workbook can first be saved as .xlsx in Excel.",
    ),
    "import.sheet_not_found": QT_TRANSLATE_NOOP(
        "Messages", "The workbook has no sheet called “{sheet}”. Choose a sheet from the list."
    ),
    "import.no_rows": QT_TRANSLATE_NOOP(
        "Messages", "{name} has no rows of data under its header. Choose another sheet or file."
    ),
    "import.mapping_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The mapping file cannot be read. Choose a mapping file saved by Tatulyq."
    ),
    "import.intake_date_column_missing": QT_TRANSLATE_NOOP(
        "Messages", "No column is matched to the intake date. Choose the column that holds it."
    ),
    "import.category_column_missing": QT_TRANSLATE_NOOP(
        "Messages", "No column is matched to the category of the dispute. Choose the column that holds it."
    ),
    "import.intake_date_empty": QT_TRANSLATE_NOOP("Messages", "The intake date is empty."),
    "import.category_empty": QT_TRANSLATE_NOOP("Messages", "The category of the dispute is empty."),
    "import.date_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is not a date. Write dates as dd.mm.yyyy."
    ),
    "import.yes_no_unreadable": QT_TRANSLATE_NOOP("Messages", "“{value}” is neither yes nor no."),
    "import.value_not_matched": QT_TRANSLATE_NOOP(
        "Messages", "“{value}” is not matched to any item of the program's list. Match it on the Values page."
    ),
    "import.number_without_name": QT_TRANSLATE_NOOP(
        "Messages", "There is an IIN or BIN, but no name of that party."
    ),
    "import.refusal_needs_ground": QT_TRANSLATE_NOOP(
        "Messages", "A case refused at intake needs the ground on which the law excludes it."
    ),
    "import.closed_date.too_early": QT_TRANSLATE_NOOP(
        "Messages",
        "The closing date ({value}) cannot be earlier than the intake date ({earliest}). Please check the date.",
    ),
    "import.end_date_empty": QT_TRANSLATE_NOOP("Messages", "An outcome needs the date the mediation ended."),
    "import.status_contradicts": QT_TRANSLATE_NOOP(
        "Messages",
        "The register says “{status}”, but the dates and the outcome in this row bring the case to “{target}”.",
    ),
    "import.other_unit": QT_TRANSLATE_NOOP(
        "Messages", "The unit {unit} is not among your units, so you cannot import or undo its cases."
    ),
    "import.batch_not_found": QT_TRANSLATE_NOOP("Messages", "That import was not found. Refresh the list."),
    "import.batch_already_undone": QT_TRANSLATE_NOOP("Messages", "This import has already been undone."),
    "import.batch_touched": QT_TRANSLATE_NOOP(
        "Messages",
        "The import cannot be undone: case {number} has been worked on since it was imported. "
        "Change that case by hand instead.",
    ),
    # --- Reports
    "period.invalid": QT_TRANSLATE_NOOP(
        "Messages", "{text} is not a period. Write a month (2026-10), a quarter (2026-Q3) or a year (2026)."
    ),
    "period.reversed": QT_TRANSLATE_NOOP(
        "Messages", "The period ends ({end}) before it starts ({start}). Please check the dates."
    ),
    "period.choice": QT_TRANSLATE_NOOP(
        "Messages",
        "Give either a period (a month, a quarter or a year) or a range of days with both its first and "
        "its last day.",
    ),
    "report.language": QT_TRANSLATE_NOOP(
        "Messages", "A report can be made in Kazakh, Russian or English only."
    ),
    "report.format_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Choose PDF or XLSX: the file name {name} ends in neither."
    ),
    "report.target_is_folder": QT_TRANSLATE_NOOP(
        "Messages", "{path} is a folder. Give the name of the file to write."
    ),
    "report.folder_missing": QT_TRANSLATE_NOOP(
        "Messages", "The folder {path} does not exist. Choose another folder."
    ),
    "report.disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full; the report was not saved. Free some space and try again."
    ),
    "report.cannot_write": QT_TRANSLATE_NOOP(
        "Messages",
        "The report cannot be saved as {path}. Choose another folder, or close the file if another "
        "program has it open.",
    ),
    # --- Documents of a case (app/reports/documents.py)
    "document.unknown_language": QT_TRANSLATE_NOOP(
        "Messages", "A document can be made in Kazakh, Russian or English only."
    ),
    "document.party_only_for_consent": QT_TRANSLATE_NOOP(
        "Messages", "A party is chosen for the consent form only; the agreements name every party."
    ),
    "document.no_settlement": QT_TRANSLATE_NOOP(
        "Messages",
        "Case {case} has no settlement agreement yet. Record the settlement agreement in the case, "
        "then print it.",
    ),
    "document.party_not_in_case": QT_TRANSLATE_NOOP(
        "Messages", "That party does not take part in case {case}. Choose a party of this case."
    ),
    "document.party_not_a_person": QT_TRANSLATE_NOOP(
        "Messages",
        "Only a person gives consent to personal data processing; this party is an organisation, "
        "a group or a state body.",
    ),
    "document.no_people": QT_TRANSLATE_NOOP(
        "Messages", "Case {case} has no person among its parties, so there is no consent form to print."
    ),
    "document.target_is_folder": QT_TRANSLATE_NOOP(
        "Messages", "{path} is a folder. Give the name of the file to write."
    ),
    "document.folder_missing": QT_TRANSLATE_NOOP(
        "Messages", "The folder {path} does not exist. Choose another folder."
    ),
    "document.disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full; the document was not saved. Free some space and try again."
    ),
    "document.cannot_write": QT_TRANSLATE_NOOP(
        "Messages",
        "The document cannot be saved as {path}. Choose another folder, or close the file if another "
        "program has it open.",
    ),
    # --- Printing a report or a document (app/ui/pdf_preview.py)
    "print.not_started": QT_TRANSLATE_NOOP(
        "Messages",
        "The printer did not start printing. Check that it is switched on and connected, then try again.",
    ),
    "print.failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The printer stopped in the middle of the document; nothing more was sent. Check the printer "
        "and print again.",
    ),
    # --- Who may do what (app/services/permissions.py), the audit trail, retention
    "permission.denied": QT_TRANSLATE_NOOP(
        "Messages",
        "Your role does not allow this. Ask the head of the centre or the administrator if it needs doing.",
    ),
    "permission.other_unit": QT_TRANSLATE_NOOP(
        "Messages", "Case {case} belongs to another unit: it is not among the cases of your units."
    ),
    "permission.other_unit_write": QT_TRANSLATE_NOOP(
        "Messages", "This record belongs to another unit: only that unit's users may change it."
    ),
    "audit.period_reversed": QT_TRANSLATE_NOOP(
        "Messages", "The end of the period is earlier than its start. Please check the dates."
    ),
    "audit.unknown_user": QT_TRANSLATE_NOOP("Messages", "There is no user {username}."),
    "audit.export_folder_missing": QT_TRANSLATE_NOOP(
        "Messages", "There is no folder {path}. Choose an existing folder, or insert the USB stick."
    ),
    "audit.export_failed": QT_TRANSLATE_NOOP(
        "Messages", "The file {path} could not be written. Choose another folder, or free some space."
    ),
    "retention.audit_entry_broken": QT_TRANSLATE_NOOP(
        "Messages",
        "Entry {seq} of the audit trail does not check out, so nothing was de-identified. "
        "Call your administrator: the database needs checking.",
    ),
    # --- The monthly exchange: this installation's keys (app/exchange/keys.py)
    "exchange_keys.passphrase_required": QT_TRANSLATE_NOOP(
        "Messages", "Type a passphrase to protect the exchange keys."
    ),
    "exchange_keys.wrong_passphrase": QT_TRANSLATE_NOOP(
        "Messages", "The passphrase of the exchange keys is wrong. Check the keyboard layout and Caps Lock."
    ),
    "exchange_keys.cannot_read": QT_TRANSLATE_NOOP(
        "Messages", "The exchange key file {path} cannot be read. Check that it exists and try again."
    ),
    "exchange_keys.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The exchange key file {path} is damaged. Restore it from a copy, or make new keys and read "
        "their fingerprint to the council again.",
    ),
    "exchange_keys.cannot_write": QT_TRANSLATE_NOOP(
        "Messages",
        "The exchange key file {path} cannot be written. Choose another folder, or free some space.",
    ),
    # --- The directory of units the republican council signs (app/exchange/directory.py)
    "directory.bad_signature": QT_TRANSLATE_NOOP(
        "Messages",
        "The directory of units is not signed by the republican mediation council, or was changed after "
        "signing. It was not installed.",
    ),
    "directory.malformed": QT_TRANSLATE_NOOP(
        "Messages",
        "The directory of units cannot be read: it may come from a newer version of Tatulyq. "
        "It was not installed.",
    ),
    "directory.not_newer": QT_TRANSLATE_NOOP(
        "Messages",
        "This directory of units is version {version}, not newer than the installed version {installed}. "
        "It was not installed.",
    ),
    # --- A monthly package read from a file (app/exchange/package.py and its modules)
    "package.too_large": QT_TRANSLATE_NOOP(
        "Messages", "The file is too large to be a monthly package. It was not opened."
    ),
    "package.cannot_read": QT_TRANSLATE_NOOP(
        "Messages", "The file {path} cannot be read. Check that it exists and that the USB stick is inserted."
    ),
    "package.not_a_package": QT_TRANSLATE_NOOP("Messages", "This file is not a Tatulyq monthly package."),
    "package.newer_format": QT_TRANSLATE_NOOP(
        "Messages",
        "The package was made by a newer version of Tatulyq (format {version}). Update the program, then "
        "import it again.",
    ),
    "package.not_for_us": QT_TRANSLATE_NOOP(
        "Messages", "This package is meant for another council: it is not encrypted to this council's key."
    ),
    "package.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The package is damaged or was changed after it was made. Ask the sender to send it again.",
    ),
    "package.unsafe_name": QT_TRANSLATE_NOOP(
        "Messages", "The package holds a file with a forbidden name ({name}). It was refused."
    ),
    "package.duplicate_entry": QT_TRANSLATE_NOOP(
        "Messages", "The package holds the file {name} twice. It was refused."
    ),
    "package.unexpected_entry": QT_TRANSLATE_NOOP(
        "Messages", "The package holds a file that does not belong in it ({name}). It was refused."
    ),
    "package.missing_entry": QT_TRANSLATE_NOOP(
        "Messages", "The package lacks the file {name}. Ask the sender to send it again."
    ),
    "package.compressed_entry": QT_TRANSLATE_NOOP(
        "Messages", "The file {name} in the package is compressed, which packages never are. It was refused."
    ),
    "package.entry_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The file {name} in the package is larger than allowed. It was refused."
    ),
    "package.bad_zip": QT_TRANSLATE_NOOP(
        "Messages", "The contents of the package cannot be read. Ask the sender to send it again."
    ),
    "package.bad_manifest": QT_TRANSLATE_NOOP(
        "Messages",
        "The description of the package's contents is not valid: it may come from a newer version of "
        "Tatulyq. It was refused.",
    ),
    "package.unknown_key": QT_TRANSLATE_NOOP(
        "Messages",
        "The package is not signed by a known key of unit {unit}. Update the directory of units, or ask "
        "the sender to check their keys.",
    ),
    "package.bad_signature": QT_TRANSLATE_NOOP(
        "Messages", "The signature of the package does not match its contents. It was refused."
    ),
    "package.file_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The file {name} in the package was changed after it was signed. It was refused."
    ),
    # --- The case rows of a package, and the received rows at the council (helper B)
    "package.bad_rows": QT_TRANSLATE_NOOP(
        "Messages",
        "Line {line} of {file} in the package is not valid ({reason}). The package was refused; ask the "
        "sender to update Tatulyq and send it again.",
    ),
    "package.rows_conflict": QT_TRANSLATE_NOOP(
        "Messages",
        "The package holds a row already in this database from elsewhere ({row}). The package was refused.",
    ),
    "exchange.read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "This case came from unit {unit} in a monthly package; it can be changed only there.",
    ),
    "exchange.refers_to_imported": QT_TRANSLATE_NOOP(
        "Messages",
        "This cannot be linked to a case, party or mediator that came from unit {unit} in a monthly "
        "package: the unit's next package replaces it.",
    ),
    # --- Packages a council forwards inside its own; the key store; the directory file (helper A)
    "package.bad_forwarded": QT_TRANSLATE_NOOP(
        "Messages",
        "Forwarded package {line} inside this package cannot be read. The whole package was refused; "
        "ask the sender to send it again.",
    ),
    "package.forwarded_not_for_us": QT_TRANSLATE_NOOP(
        "Messages",
        "Forwarded package {line} (unit {unit}) was not addressed to this council by its unit. The whole "
        "package was refused.",
    ),
    "package.too_many_forwarded": QT_TRANSLATE_NOOP(
        "Messages",
        "The package forwards {count} packages of other units; at most {limit} are accepted. It was refused.",
    ),
    "exchange_keys.passphrase_too_short": QT_TRANSLATE_NOOP(
        "Messages", "The passphrase of the exchange keys needs at least {minimum} characters: a short sentence."
    ),
    "exchange.keys_exist": QT_TRANSLATE_NOOP(
        "Messages",
        "This installation already has exchange keys ({path}). They were kept: the council already "
        "trusts them.",
    ),
    "exchange.keys_missing": QT_TRANSLATE_NOOP(
        "Messages", "This installation has no exchange keys yet. Make them first on the Exchange page."
    ),
    "exchange.bad_public_file": QT_TRANSLATE_NOOP(
        "Messages", "The file {path} is not a Tatulyq public key file, or it was changed. It was not used."
    ),
    "exchange.cannot_read_public_file": QT_TRANSLATE_NOOP(
        "Messages", "The public key file {path} cannot be read. Check that it exists and try again."
    ),
    "exchange.cannot_write_public_file": QT_TRANSLATE_NOOP(
        "Messages",
        "The public key file {path} cannot be written. Choose another folder, or insert the USB stick.",
    ),
    "directory.not_a_directory": QT_TRANSLATE_NOOP(
        "Messages", "This file is not a Tatulyq directory of units. Nothing was installed."
    ),
    "directory.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The directory file is damaged or incomplete. Nothing was installed; ask the republican mediation "
        "council to send it again.",
    ),
    # --- The directory of units in the database, unit keys, recipients (app/exchange/directory_service.py)
    "directory.installed_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The installed directory of units (version {version}) no longer matches its signature. Install the "
        "newest directory file from the republican mediation council again.",
    ),
    "directory.fingerprint_required": QT_TRANSLATE_NOOP(
        "Messages",
        "This is the first directory of units installed here: type the fingerprint of the republican "
        "mediation council's key, as they read it out to you over the phone.",
    ),
    "directory.fingerprint_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The fingerprint you typed is not that of the republican mediation council's key in this directory. "
        "Nothing was installed; check the digits with the republican council.",
    ),
    "directory.unknown_units": QT_TRANSLATE_NOOP(
        "Messages",
        "The directory names units this version of Tatulyq does not know ({codes}). Nothing was installed; "
        "update the program first, then install the directory again.",
    ),
    "directory.not_republic": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the republican mediation council publishes the directory of units; these keys are of {unit}.",
    ),
    "directory.no_republic": QT_TRANSLATE_NOOP(
        "Messages",
        "The list of units has no single republican mediation council, so no directory can be published.",
    ),
    "directory.signer_not_listed": QT_TRANSLATE_NOOP(
        "Messages",
        "The council's key in use is not among the directory's keys. Add it as the council's new key and "
        "publish once with the previous key.",
    ),
    "directory.cannot_write": QT_TRANSLATE_NOOP(
        "Messages",
        "The directory file {path} cannot be written. Choose another folder, or insert the USB stick. "
        "Nothing was published.",
    ),
    "exchange.fingerprint_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The fingerprint you typed does not match the key file of {unit}. The key was not added; read the "
        "digits again with the unit.",
    ),
    "exchange.key_of_other_unit": QT_TRANSLATE_NOOP(
        "Messages", "This key file was made for the unit {key_unit}, not {unit}. The key was not added."
    ),
    "exchange.key_exists": QT_TRANSLATE_NOOP(
        "Messages", "This key is already among the directory's keys (unit {unit}). Nothing was added."
    ),
    "exchange.not_in_directory": QT_TRANSLATE_NOOP(
        "Messages",
        "The unit {unit} is not in the directory of units. Install the newest directory from the "
        "republican mediation council.",
    ),
    "exchange.no_recipients": QT_TRANSLATE_NOOP(
        "Messages", "The unit {unit} has no council above it to send monthly packages to."
    ),
    "exchange.council_without_key": QT_TRANSLATE_NOOP(
        "Messages",
        "The council {unit} has no key in the directory of units valid on {day}. Install a newer directory "
        "from the republican mediation council.",
    ),
    # --- Preparing a month, importing package files, receipts, quarantine (helper C, app/exchange/service.py)
    "exchange.month_not_over": QT_TRANSLATE_NOOP(
        "Messages", "The month {period} is not over yet; it can be prepared from {first_day}."
    ),
    "exchange.month_has_findings": QT_TRANSLATE_NOOP(
        "Messages",
        "The month {period} has {count} problems to look at. Correct them, or choose to send the month as it is.",
    ),
    "exchange.no_unit": QT_TRANSLATE_NOOP("Messages", "This installation has no unit yet; finish the set-up first."),
    "exchange.no_directory": QT_TRANSLATE_NOOP(
        "Messages",
        "No directory of units is installed yet. Install the directory file from the republican mediation "
        "council first.",
    ),
    "exchange.keys_other_unit": QT_TRANSLATE_NOOP(
        "Messages", "The exchange keys are of the unit {key_unit}, but this installation serves {unit}."
    ),
    "exchange.cannot_write_package": QT_TRANSLATE_NOOP(
        "Messages",
        "The package could not be written to {path}. Choose another folder or USB stick, or free some space. "
        "Nothing was recorded.",
    ),
    "exchange.quarantine_failed": QT_TRANSLATE_NOOP(
        "Messages", "The refused file could not be put into the quarantine folder {path}. Free some space."
    ),
    "exchange.receipt_not_written": QT_TRANSLATE_NOOP(
        "Messages", "The receipt could not be written to {path}. Free some space and import the file again."
    ),
    "exchange.bad_receipt": QT_TRANSLATE_NOOP("Messages", "The file {name} is not a valid receipt."),
    "exchange.receipt_bad_signature": QT_TRANSLATE_NOOP(
        "Messages", "The receipt {name} is not signed by a key of {unit} in the directory of units."
    ),
    "exchange.receipt_unknown_package": QT_TRANSLATE_NOOP(
        "Messages", "The receipt {name} is about a package that was not sent from here."
    ),
    "exchange.unit_not_sender": QT_TRANSLATE_NOOP(
        "Messages",
        "The package is for the unit {unit} but was signed by {sender}; a unit sends only its own month. "
        "It was refused.",
    ),
    "exchange.unknown_unit": QT_TRANSLATE_NOOP(
        "Messages", "The unit {unit} is not in the directory of units. The package was refused."
    ),
    "exchange.period_in_future": QT_TRANSLATE_NOOP(
        "Messages", "The package of {unit} is for {period}, a month that has not begun yet. It was refused."
    ),
    "exchange.unit_closed": QT_TRANSLATE_NOOP(
        "Messages",
        "The unit {unit} was not open in {period} according to the directory of units. The package was refused.",
    ),
    "exchange.forwarded_not_below": QT_TRANSLATE_NOOP(
        "Messages",
        "The council {council} forwarded a package of the unit {unit}, which is not below it. The whole "
        "package was refused.",
    ),
    "exchange.not_below": QT_TRANSLATE_NOOP(
        "Messages", "The unit {unit} is not below {council}; its packages are not imported here."
    ),
    "exchange.replay": QT_TRANSLATE_NOOP(
        "Messages",
        "The package of {unit} for {period} was made before a package of that unit already imported here. "
        "It was refused as a replayed copy.",
    ),
    "exchange.period_not_over": QT_TRANSLATE_NOOP(
        "Messages", "The package of {unit} is for {period}, a month that is not over yet. It was refused."
    ),
    "exchange.bad_revision": QT_TRANSLATE_NOOP(
        "Messages",
        "The package of {unit} for {period} has revision {revision}; a month has at most {limit} revisions. "
        "It was refused.",
    ),
    "exchange.completed_before_month_end": QT_TRANSLATE_NOOP(
        "Messages",
        "The package of {unit} for {period} says it was completed before the month was over. It was refused.",
    ),
    "exchange.completed_in_future": QT_TRANSLATE_NOOP(
        "Messages",
        "The package of {unit} for {period} says it was completed on a day still to come. It was refused.",
    ),
    "exchange.forwarded_twice": QT_TRANSLATE_NOOP(
        "Messages",
        "The council {council} forwarded more than one package of unit {unit}. The whole file was refused.",
    ),
}

FALLBACK = QT_TRANSLATE_NOOP("Messages", "The program refused this: {detail}")

# Parameters that carry a plain enum value (or a list of them), shown with the value's translated label.
_ENUM_PARAMS: dict[str, type[StrEnum]] = {
    "status": CaseStatus,
    "current": CaseStatus,
    "target": CaseStatus,
    "allowed": CaseStatus,  # a list of statuses in case.invalid_transition, a count in extension.too_many
    "outcome": Outcome,
}


def _labelled(value: Any, enum_cls: type[StrEnum] | None) -> Any:
    if enum_cls is not None and isinstance(value, str):
        try:
            return label(enum_cls(value))
        except ValueError:
            return value
    return value


def _shown(value: Any, enum_cls: type[StrEnum] | None = None) -> Any:
    """Dates as people write them here (dd.MM.yyyy); enum values by their labels; lists joined."""
    if isinstance(value, list | tuple):
        return ", ".join(str(_shown(v, enum_cls)) for v in value)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value).strftime("%d.%m.%Y")
        except ValueError:
            return value
    return _labelled(value, enum_cls)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def message_for(error: TatulyqError) -> str:
    return message_for_key(error.key, error.message, error.params)


def message_for_key(key: str, message: str, raw_params: Mapping[str, Any]) -> str:
    """The same for a refusal recorded rather than raised (an imported file's result carries the key,
    the English message and the parameters of the error that refused it)."""
    params = {k: _shown(v, _ENUM_PARAMS.get(k)) for k, v in raw_params.items()}
    template = SPECIFIC.get(key)
    if template is None:
        field, _, check = key.rpartition(".")
        if check in GENERIC and field in FIELDS:
            template = GENERIC[check]
            params["label"] = _t(FIELDS[field])
    if template is None:
        return _t(FALLBACK).format(detail=message)
    try:
        return _t(template).format(**params)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        # A translation that names a parameter the error lacks must not hide the error itself.
        return _t(FALLBACK).format(detail=message)
