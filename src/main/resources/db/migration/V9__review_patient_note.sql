-- A review may carry a short note written for the patient, shown on their page. The
-- review note itself stays with the clinic: it may speak of things the patient's page
-- must not show.
alter table review add column patient_note varchar(500);
