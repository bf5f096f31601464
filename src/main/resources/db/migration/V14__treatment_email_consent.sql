-- What the patient agreed to be emailed about this treatment (issue 13, SPEC "Messages"):
-- the link, and the reminders at LIGHT_EXERCISE and FULL_TRAINING. The address is the
-- patient's email when the treatment was last saved with a tick: consent is given for
-- that address, so a later change of the patient record does not redirect messages
-- about this treatment until staff save the treatment again. Erasing the patient clears
-- it. reminders_stopped_at is set when the patient unsubscribes through their link.
alter table treatment
    add column email_link           boolean      not null default false,
    add column email_reminders      boolean      not null default false,
    add column email_to             varchar(254),
    add column reminders_stopped_at timestamptz,
    add constraint treatment_email_ticks_need_address
        check (email_to is not null or not (email_link or email_reminders));
