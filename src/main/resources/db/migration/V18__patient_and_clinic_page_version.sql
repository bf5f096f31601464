-- What the patient page shows of the patient (first name, language) and of the clinic
-- (name, phone, time zone) is cached too, under (id, page_version) (issue 14), so that the
-- page's one lookup returns only numbers: ids and version stamps. (The JDBC driver sends an
-- extra round trip before each run of a prepared statement whose result has a text
-- column, which was a third of the page's database time.) The rule is V17's: EVERY update
-- of a patient or clinic row bumps its page_version in the same transaction, for every
-- writer (JPA, plain SQL, a later migration, another instance), so the very next open of a
-- page, on any instance, reads a new stamp and reads the names afresh.

create sequence page_version_seq;

alter table patient add column page_version bigint not null default nextval('page_version_seq');

alter table clinic add column page_version bigint not null default nextval('page_version_seq');

create function page_version_bump() returns trigger language plpgsql as $$
begin
    if new.page_version = old.page_version then
        new.page_version := nextval('page_version_seq');
    end if;
    return new;
end;
$$;

create trigger patient_page_version
    before update on patient
    for each row execute function page_version_bump();

create trigger clinic_page_version
    before update on clinic
    for each row execute function page_version_bump();
