package com.throughline.platform.security;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in session: who the person is, the workspaces they may enter,
 * and the one that is active. The active workspace decides both the roles granted and the
 * tenant bound to the database; it changes only through {@link #switchTo(UUID)}.
 */
public final class SignedInPerson implements UserDetails, CredentialsContainer, Serializable {

	public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

	private final UUID id;

	private final String email;

	private final String displayName;

	private @Nullable String passwordHash;

	private final @Nullable Locale locale;

	private final boolean platformAdmin;

	private final boolean disabled;

	private final List<WorkspaceAccess> workspaces;

	private final @Nullable WorkspaceAccess active;

	public SignedInPerson(UUID id, String email, String displayName, @Nullable String passwordHash,
			@Nullable Locale locale, boolean platformAdmin, boolean disabled, List<WorkspaceAccess> workspaces) {
		this(id, email, displayName, passwordHash, locale, platformAdmin, disabled, workspaces,
				workspaces.stream().filter(WorkspaceAccess::enterable).findFirst().orElse(null));
	}

	private SignedInPerson(UUID id, String email, String displayName, @Nullable String passwordHash,
			@Nullable Locale locale, boolean platformAdmin, boolean disabled, List<WorkspaceAccess> workspaces,
			@Nullable WorkspaceAccess active) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.locale = locale;
		this.platformAdmin = platformAdmin;
		this.disabled = disabled;
		this.workspaces = List.copyOf(workspaces);
		this.active = active;
	}

	/** The person signed in on this thread, if any. */
	public static Optional<SignedInPerson> current() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInPerson person) {
			return Optional.of(person);
		}
		return Optional.empty();
	}

	/** The same person with another of their enterable workspaces active. */
	public Optional<SignedInPerson> switchTo(UUID tenantId) {
		return workspaces.stream()
			.filter(w -> w.tenantId().equals(tenantId) && w.enterable())
			.findFirst()
			.map(w -> new SignedInPerson(id, email, displayName, null, locale, platformAdmin, disabled, workspaces, w));
	}

	public UUID id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	public Optional<Locale> locale() {
		return Optional.ofNullable(locale);
	}

	public boolean platformAdmin() {
		return platformAdmin;
	}

	public List<WorkspaceAccess> workspaces() {
		return workspaces;
	}

	public List<WorkspaceAccess> enterableWorkspaces() {
		return workspaces.stream().filter(WorkspaceAccess::enterable).toList();
	}

	public Optional<WorkspaceAccess> activeWorkspace() {
		return Optional.ofNullable(active);
	}

	public Optional<UUID> activeTenantId() {
		return activeWorkspace().map(WorkspaceAccess::tenantId);
	}

	/**
	 * The company whose data this session reads and writes: the active workspace, when
	 * the person is on its team. Empty for a client contact, who reads only what is
	 * shared.
	 */
	public Optional<UUID> teamTenantId() {
		return activeWorkspace().filter(w -> !w.role().client()).map(WorkspaceAccess::tenantId);
	}

	/**
	 * The company that shares with this person, when they sign in as a client contact.
	 */
	public Optional<UUID> clientOfTenantId() {
		return activeWorkspace().filter(w -> w.role().client()).map(WorkspaceAccess::tenantId);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (active != null) {
			active.role()
				.includedRoles()
				.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		}
		if (platformAdmin) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + PLATFORM_ADMIN));
		}
		return authorities;
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return !disabled;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInPerson person && person.id.equals(id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	@Override
	public String toString() {
		return "SignedInPerson[" + id + "]";
	}

}
