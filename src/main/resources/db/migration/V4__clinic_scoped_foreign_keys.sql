-- A child row must belong to the same clinic as its parent: enforced by the database too,
-- not only by the queries.

alter table patient add constraint patient_id_clinic_uk unique (id, clinic_id);
alter table treatment add constraint treatment_id_clinic_uk unique (id, clinic_id);
alter table staff_member add constraint staff_member_id_clinic_uk unique (id, clinic_id);

alter table treatment
    add constraint treatment_patient_same_clinic_fk
        foreign key (patient_id, clinic_id) references patient (id, clinic_id),
    add constraint treatment_physio_same_clinic_fk
        foreign key (physio_id, clinic_id) references staff_member (id, clinic_id);

alter table symptom_report
    add constraint symptom_report_treatment_same_clinic_fk
        foreign key (treatment_id, clinic_id) references treatment (id, clinic_id);

alter table review
    add constraint review_treatment_same_clinic_fk
        foreign key (treatment_id, clinic_id) references treatment (id, clinic_id),
    add constraint review_reviewer_same_clinic_fk
        foreign key (reviewer_id, clinic_id) references staff_member (id, clinic_id);

alter table patient_link
    add constraint patient_link_treatment_same_clinic_fk
        foreign key (treatment_id, clinic_id) references treatment (id, clinic_id);
