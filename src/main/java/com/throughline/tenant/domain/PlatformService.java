package com.throughline.tenant.domain;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the platform admin sees across companies. The directory function behind it answers
 * only to a platform admin as well.
 */
@Service
public class PlatformService {

	private final TenantDirectory directory;

	PlatformService(TenantDirectory directory) {
		this.directory = directory;
	}

	@RolesAllowed("PLATFORM_ADMIN")
	@Transactional(readOnly = true)
	public List<TenantSummary> tenants() {
		return directory.all();
	}

}
