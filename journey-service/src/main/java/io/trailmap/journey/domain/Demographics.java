package io.trailmap.journey.domain;

import jakarta.validation.constraints.Size;

/** Who a persona is, in the words a marketing team uses (all optional, free text). */
public record Demographics(
        @Size(max = 50) String ageRange,
        @Size(max = 50) String gender,
        @Size(max = 200) String location,
        @Size(max = 200) String occupation,
        @Size(max = 100) String income,
        @Size(max = 200) String education,
        @Size(max = 200) String household,
        @Size(max = 200) String companySize,
        @Size(max = 200) String industry) {
}
