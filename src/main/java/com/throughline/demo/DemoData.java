package com.throughline.demo;

import java.util.UUID;

import javax.sql.DataSource;

import com.throughline.platform.db.DatabaseConnection;
import com.throughline.platform.security.Role;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import static com.throughline.db.Tables.APP_USER;
import static com.throughline.db.Tables.MEMBERSHIP;
import static com.throughline.db.Tables.TENANT;

/**
 * Two demo companies and a platform admin, loaded once into an empty embedded database so
 * that a newcomer lands in a living workspace. Never loaded into a configured database
 * unless {@code throughline.demo-data=true}. Written as the owner, in one transaction.
 */
@Component
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "throughline-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DSLContext owner;

	private final PasswordEncoder passwords;

	private final boolean enabled;

	DemoData(@Qualifier("owner") DataSource ownerDataSource, PasswordEncoder passwords, DatabaseConnection connection,
			@Value("${throughline.demo-data:}") String demoData) {
		this.owner = DSL.using(ownerDataSource, SQLDialect.POSTGRES);
		this.passwords = passwords;
		this.enabled = demoData.isBlank() ? connection.embeddedServer() != null : Boolean.parseBoolean(demoData);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || owner.fetchExists(TENANT)) {
			return;
		}
		owner.transaction(tx -> load(tx.dsl()));
		log.info("Loaded the demo companies; accounts are listed in README.md (password '{}')", PASSWORD);
	}

	private void load(DSLContext db) {
		String hash = passwords.encode(PASSWORD);
		var accounts = new Accounts(db, hash);
		accounts.add("platform@throughline.test", "Pat Platform", true);

		UUID lumen = tenant(db, "lumen", "Lumen Analytics");
		accounts.member(lumen, "ada@lumen.test", "Ada Okafor", Role.ADMIN);
		accounts.member(lumen, "eli@lumen.test", "Eli Navarro", Role.EDITOR);
		accounts.member(lumen, "vera@lumen.test", "Vera Lindqvist", Role.VIEWER);

		UUID streamly = tenant(db, "streamly", "Streamly");
		accounts.member(streamly, "sam@streamly.test", "Sam Whitaker", Role.ADMIN);
		accounts.member(streamly, "eva@streamly.test", "Eva Moreno", Role.EDITOR);
		accounts.member(streamly, "wei@streamly.test", "Wei Zhang", Role.VIEWER);

		// A consultant working for both companies: shows the workspace switcher.
		accounts.member(lumen, "maya@consult.test", "Maya Chen", Role.EDITOR);
		accounts.member(streamly, "maya@consult.test", "Maya Chen", Role.VIEWER);

		DemoStrategies.lumen(db, lumen, accounts.add("eli@lumen.test", "", false),
				accounts.add("ada@lumen.test", "", false));
		DemoStrategies.streamly(db, streamly, accounts.add("eva@streamly.test", "", false),
				accounts.add("sam@streamly.test", "", false));
		DemoSegments.lumen(db, lumen);
		DemoSegments.streamly(db, streamly);
		DemoSharing.lumen(db, lumen, accounts.add("ada@lumen.test", "", false),
				(email, name) -> accounts.add(email, name, false));
	}

	private static UUID tenant(DSLContext db, String slug, String name) {
		UUID id = UUID.randomUUID();
		db.insertInto(TENANT).set(TENANT.ID, id).set(TENANT.SLUG, slug).set(TENANT.NAME, name).execute();
		return id;
	}

	/** Creates each account once, however many companies it joins. */
	private static final class Accounts {

		private final DSLContext db;

		private final String passwordHash;

		private final java.util.Map<String, UUID> byEmail = new java.util.HashMap<>();

		Accounts(DSLContext db, String passwordHash) {
			this.db = db;
			this.passwordHash = passwordHash;
		}

		UUID add(String email, String displayName, boolean platformAdmin) {
			return byEmail.computeIfAbsent(email, key -> {
				UUID id = UUID.randomUUID();
				db.insertInto(APP_USER)
					.set(APP_USER.ID, id)
					.set(APP_USER.EMAIL, email)
					.set(APP_USER.DISPLAY_NAME, displayName)
					.set(APP_USER.PASSWORD_HASH, passwordHash)
					.set(APP_USER.PLATFORM_ADMIN, platformAdmin)
					.execute();
				return id;
			});
		}

		void member(UUID tenantId, String email, String displayName, Role role) {
			db.insertInto(MEMBERSHIP)
				.set(MEMBERSHIP.TENANT_ID, tenantId)
				.set(MEMBERSHIP.ID, UUID.randomUUID())
				.set(MEMBERSHIP.USER_ID, add(email, displayName, false))
				.set(MEMBERSHIP.ROLE, role)
				.execute();
		}

	}

}
