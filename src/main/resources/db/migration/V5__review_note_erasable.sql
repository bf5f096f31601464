-- Erasing a patient removes the free text written about them, review notes included; the
-- review's decision stays, so its note may now be empty.
alter table review alter column note drop not null;
