package com.throughline;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering every feature follows: views → services → repositories → PostgreSQL. */
class ArchitectureTest {

	static JavaClasses classes;

	@BeforeAll
	static void importMainClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("com.throughline");
	}

	@Test
	void views_never_touch_the_database_or_repositories() {
		noClasses().that()
			.resideInAPackage("..ui..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(DSLContext.class)
			.orShould()
			.dependOnClassesThat()
			.areAnnotatedWith(Repository.class)
			.orShould()
			.dependOnClassesThat()
			.resideInAPackage("com.throughline.db..")
			.check(classes);
	}

	@Test
	void services_and_domain_code_never_use_vaadin() {
		noClasses().that()
			.resideInAPackage("..domain..")
			.or()
			.areAnnotatedWith(Service.class)
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.vaadin..")
			.check(classes);
	}

	@Test
	void features_do_not_reach_into_each_others_views() {
		noClasses().that()
			.resideInAPackage("..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..ui..")
			.check(classes);
	}

}
