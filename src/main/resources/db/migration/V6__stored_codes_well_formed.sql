-- A treatment's areas and a symptom report's symptoms are lists of codes in one column
-- (treatment.TreatedAreasConverter, treatment.SymptomsConverter). A blank area typed into the
-- treatment form used to be stored as areas = '', which no page could read. The forms now refuse
-- blank codes; the database refuses lists that are not well formed: areas hold at least one code,
-- each optionally with a side; symptoms hold zero or more codes. Whether a code is one the rules
-- know is left to the application (it reads unknown codes by leaving them out), so a new code
-- needs no migration.

-- Existing rows: trim each part and drop empty parts ('NECK, ,LOWER_BACK:LEFT ' becomes
-- 'NECK,LOWER_BACK:LEFT').
update treatment
   set areas = array_to_string(array(select btrim(part)
                                        from unnest(string_to_array(areas, ',')) with ordinality as p(part, n)
                                       where btrim(part) <> ''
                                       order by n), ',')
 where areas !~ '^[A-Z][A-Z0-9_]*(:[A-Z]+)?(,[A-Z][A-Z0-9_]*(:[A-Z]+)?)*$';

update symptom_report
   set symptoms = array_to_string(array(select btrim(part)
                                          from unnest(string_to_array(symptoms, ',')) with ordinality as p(part, n)
                                         where btrim(part) <> ''
                                         order by n), ',')
 where symptoms !~ '^([A-Z][A-Z0-9_]*(,[A-Z][A-Z0-9_]*)*)?$';

-- Checked for every new or changed row from now on ...
alter table treatment
    add constraint treatment_areas_well_formed
    check (areas ~ '^[A-Z][A-Z0-9_]*(:[A-Z]+)?(,[A-Z][A-Z0-9_]*(:[A-Z]+)?)*$') not valid;

alter table symptom_report
    add constraint symptom_report_symptoms_well_formed
    check (symptoms ~ '^([A-Z][A-Z0-9_]*(,[A-Z][A-Z0-9_]*)*)?$') not valid;

-- ... and for the existing rows too, unless a treatment had only blank areas: no area can be
-- made up for it, so it stays as it is (the application reads it with no area) and the
-- constraint stays unvalidated for old rows until it is corrected.
do $$
begin
    if not exists (select 1 from treatment
                    where areas !~ '^[A-Z][A-Z0-9_]*(:[A-Z]+)?(,[A-Z][A-Z0-9_]*(:[A-Z]+)?)*$') then
        alter table treatment validate constraint treatment_areas_well_formed;
    else
        raise warning 'Some treatments have no readable treated area; edit them to choose one';
    end if;
    if not exists (select 1 from symptom_report
                    where symptoms !~ '^([A-Z][A-Z0-9_]*(,[A-Z][A-Z0-9_]*)*)?$') then
        alter table symptom_report validate constraint symptom_report_symptoms_well_formed;
    end if;
end;
$$;
