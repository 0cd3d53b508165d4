package io.trailmap.feedback.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The brand's public reply to a review. */
public record ReplyInput(@NotBlank @Size(max = 5000) String text, @Size(max = 200) String author) {
}
