package io.trailmap.journey.domain;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who a persona is, in the words a marketing team uses (all optional, free text). */
public record Demographics(
        @Schema(nullable = true) @Size(max = 50) String ageRange,
        @Schema(nullable = true) @Size(max = 50) String gender,
        @Schema(nullable = true) @Size(max = 200) String location,
        @Schema(nullable = true) @Size(max = 200) String occupation,
        @Schema(nullable = true) @Size(max = 100) String income,
        @Schema(nullable = true) @Size(max = 200) String education,
        @Schema(nullable = true) @Size(max = 200) String household,
        @Schema(nullable = true) @Size(max = 200) String companySize,
        @Schema(nullable = true) @Size(max = 200) String industry) {
}
