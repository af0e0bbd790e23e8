package com.throughline.sharing.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A roadmap shared with the signed-in contact's company, as listed for them. */
public record ClientShare(UUID id, String companyName, String clientName, String productName, Persona persona,
		@Nullable String message, LocalDate expiresOn) {

}
