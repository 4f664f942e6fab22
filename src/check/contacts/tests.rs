use super::party::stem;
use super::*;

#[test]
fn stems_cover_the_cases_of_a_name() {
    assert_eq!(stem("Datu valsts inspekcija"), "Datu valsts inspekcij");
    assert_eq!(stem("Valsts kanceleja"), "Valsts kancelej");
    assert_eq!(stem("Data State Inspectorate"), "Data State Inspectorat");
}

#[test]
fn street_keys_ignore_case_endings_and_flats() {
    let keys: Vec<String> = streets("Blaumaņa ielā 11/13-11, Rīga; Elijas iela 17").collect();
    assert_eq!(keys, ["blaumaņa 11/13", "elijas 17"]);
}
