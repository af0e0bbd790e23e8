package com.throughline.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test application context at {@link TestDatabase}, with the demo data
 * loaded.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var db = TestDatabase.properties();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test-database",
					Map.of("throughline.db.url", db.url(), "throughline.db.owner-user", db.ownerUser(),
							"throughline.db.owner-password", db.ownerPassword(), "throughline.db.app-user",
							db.appUser(), "throughline.db.app-password", db.appPassword(), "throughline.demo-data",
							"true")));
	}

}
