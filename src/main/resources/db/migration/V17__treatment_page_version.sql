-- The patient page caches what it computes from a treatment file (plan, last change) under
-- (treatment id, page_version), on every instance (issue 14). The rule: EVERY change to a
-- treatment row, or to any of its symptom reports or reviews, bumps treatment.page_version
-- in the same transaction, so the very next open of the page, on any instance, reads a new
-- version and computes the page afresh. The triggers below enforce it here, for every
-- writer (JPA, plain SQL, a later migration, another instance), so no code path can forget.
-- A new table whose rows the patient page shows through the treatment file must get the
-- same trigger. What the page shows of the patient, the clinic and the link is not cached:
-- the page's one lookup reads it on every open (patientlink.PatientPageLookup).

-- Stamps come from one sequence, never from a per-row counter: a treatment id used again
-- (tests restart identities; a restored backup) can never meet a stamp of its own past.
create sequence treatment_page_version_seq;

alter table treatment add column page_version bigint not null default nextval('treatment_page_version_seq');

-- Any update of the treatment itself (an edit, an erasure, a new column such as a reminder
-- setting) bumps it, unless the update is the bump below.
create function treatment_page_version_bump() returns trigger language plpgsql as $$
begin
    if new.page_version = old.page_version then
        new.page_version := nextval('treatment_page_version_seq');
    end if;
    return new;
end;
$$;

create trigger treatment_page_version
    before update on treatment
    for each row execute function treatment_page_version_bump();

-- A report or review added, changed (an alert acknowledged, a note erased, a report moved
-- with its treatment) or removed bumps its treatment.
create function treatment_child_page_version_bump() returns trigger language plpgsql as $$
begin
    update treatment set page_version = nextval('treatment_page_version_seq')
     where id = (case when tg_op = 'DELETE' then old.treatment_id else new.treatment_id end);
    if tg_op = 'UPDATE' and new.treatment_id <> old.treatment_id then
        update treatment set page_version = nextval('treatment_page_version_seq') where id = old.treatment_id;
    end if;
    return null;
end;
$$;

create trigger symptom_report_page_version
    after insert or update or delete on symptom_report
    for each row execute function treatment_child_page_version_bump();

create trigger review_page_version
    after insert or update or delete on review
    for each row execute function treatment_child_page_version_bump();
