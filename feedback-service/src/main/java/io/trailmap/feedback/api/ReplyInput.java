package io.trailmap.feedback.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The brand's public reply to a review. */
public record ReplyInput(@NotBlank @Size(max = 5000) String text, @Size(max = 200) @Schema(nullable = true) String author) {
}
