package app.aftercare.preview;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The preview stores nothing: it cannot reach a database, a repository or a session.
 */
@AnalyzeClasses(packages = "app.aftercare.preview", importOptions = ImportOption.DoNotIncludeTests.class)
class PreviewArchitectureTest {

	@ArchTest
	static final ArchRule thePreviewCannotReachTheDatabaseOrTheSession = noClasses().that()
		.resideInAPackage("app.aftercare.preview..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("java.sql..", "javax.sql..", "jakarta.persistence..", "jakarta.transaction..",
				"org.springframework.jdbc..", "org.springframework.data..", "org.springframework.orm..",
				"org.springframework.transaction..", "org.hibernate..")
		.orShould()
		.dependOnClassesThat()
		.haveFullyQualifiedName("jakarta.servlet.http.HttpSession");

	@ArchTest
	static final ArchRule thePreviewUsesNoOtherFeatureButTheRulesAndTheWebHelpers = classes().that()
		.resideInAPackage("app.aftercare.preview..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("app.aftercare.preview..", "app.aftercare.rules..", "app.aftercare.web..", "java..",
				"jakarta.servlet..", "org.springframework..", "org.slf4j..", "tools.jackson..",
				"com.fasterxml.jackson.annotation..");

}
