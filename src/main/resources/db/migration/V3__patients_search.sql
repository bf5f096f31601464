-- The patient list is ordered by the searchable names; this index serves that order directly, so
-- listing a clinic with many patients reads one page of the index instead of sorting them all.
create index patient_name_order_idx on patient (clinic_id, search_last_name, search_first_name, id);
