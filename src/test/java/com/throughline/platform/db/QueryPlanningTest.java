package com.throughline.platform.db;

import javax.sql.DataSource;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's connections plan each statement for the company it reads: a plan
 * cached for an average company misjudges the largest ones by orders of magnitude.
 */
@SpringBootTest
class QueryPlanningTest {

	@Autowired
	private DataSource dataSource;

	@Test
	void the_application_pool_never_reuses_a_generic_plan() {
		var setting = DSL.using(dataSource, SQLDialect.POSTGRES)
			.fetchValue(DSL.field("current_setting('plan_cache_mode')", String.class));

		assertThat(setting).isEqualTo("force_custom_plan");
	}

}
