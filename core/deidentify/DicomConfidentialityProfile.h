#pragma once
// The attributes DICOM PS3.15 Annex E (Table E.1-1, Basic Application Level Confidentiality
// Profile) names, with the action Sightline takes for each. Where the table allows a choice
// (X/Z, Z/D, X/Z/D …) the least revealing one that keeps the object valid is used: attributes
// a viewer needs (Type 1/2 in the common IODs) are emptied or given a dummy value, the rest
// removed. Beyond the table the de-identifier also removes private attributes, curves and
// overlay data/comments, replaces every non-standard UID, and empties person names the table
// does not list (a safety net for attributes added to the standard later). Pure data.

#include <QtGlobal>

#include <span>

namespace sightline {

enum class ProfileAction {
    Remove,    // X
    Empty,     // Z: zero length
    Dummy,     // D: a dummy value of the attribute's VR
    NewUid,    // U: a keyed replacement UID
    Pseudonym, // D for Patient's Name / Patient ID: the patient's pseudonym
};

struct ProfileEntry {
    quint16 group;
    quint16 element;
    ProfileAction action;
    const char* keyword;
};

class DicomConfidentialityProfile {
public:
    static std::span<const ProfileEntry> basic();
    // The entry for a tag, or null when the table does not name it.
    static const ProfileEntry* find(quint16 group, quint16 element);
};

} // namespace sightline
