-- A placement's concrete assessment (the reason an internship may run past 13 weeks) may hold health
-- information, so it is sealed with the app's key like the course entries. The key is not available to
-- SQL: rows written before this migration keep their text in assessment_note until the server's start
-- seals them (courses module, sealPlaintextAssessmentNotes); nothing writes assessment_note any more.
ALTER TABLE placement ADD COLUMN assessment_note_encrypted bytea;
