package app.aftercare;

import java.util.Arrays;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "app.aftercare", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule theRulesDependOnNothingButTheJdk = classes().that()
		.resideInAPackage("app.aftercare.rules..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("app.aftercare.rules..", "java..")
		.allowEmptyShould(true);

	@ArchTest
	static final ArchRule noTwoPackagesDependOnEachOther = slices().matching("app.aftercare.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule webKnowsNoOtherPackage = noClasses().that()
		.resideInAPackage("app.aftercare.web..")
		.should()
		.dependOnClassesThat(otherAppPackagesThan("app.aftercare.web"));

	@ArchTest
	static final ArchRule outboxKnowsOnlyWebAndDatabase = noClasses().that()
		.resideInAPackage("app.aftercare.outbox..")
		.should()
		.dependOnClassesThat(
				otherAppPackagesThan("app.aftercare.outbox", "app.aftercare.web", "app.aftercare.database"));

	@ArchTest
	static final ArchRule auditKnowsOnlyWeb = noClasses().that()
		.resideInAPackage("app.aftercare.audit..")
		.should()
		.dependOnClassesThat(otherAppPackagesThan("app.aftercare.audit", "app.aftercare.web"));

	@ArchTest
	static final ArchRule securityKnowsOnlyAuditAndWeb = noClasses().that()
		.resideInAPackage("app.aftercare.security..")
		.should()
		.dependOnClassesThat(
				otherAppPackagesThan("app.aftercare.security", "app.aftercare.audit", "app.aftercare.web"));

	@ArchTest
	static final ArchRule clinicAndPatientKnowNoTreatmentOrPatientLink = noClasses().that()
		.resideInAnyPackage("app.aftercare.clinic..", "app.aftercare.patient..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("app.aftercare.treatment..", "app.aftercare.patientlink..");

	@ArchTest
	static final ArchRule noFeatureOutsideTreatmentReadsATreatmentEntity = noClasses().that()
		.resideOutsideOfPackage("app.aftercare.treatment..")
		.should()
		.dependOnClassesThat(DescribedPredicate.describe("are entities of the treatment package",
				(JavaClass type) -> type.getPackageName().startsWith("app.aftercare.treatment")
						&& type.isAnnotatedWith(jakarta.persistence.Entity.class)));

	@ArchTest
	static final ArchRule repositoriesAreUsedOnlyInsideTheirOwnFeature = classes().that()
		.areAssignableTo(Repository.class)
		.and()
		.areInterfaces()
		.should(beAccessedOnlyFromTheirOwnPackage());

	@ArchTest
	static final ArchRule entitiesAreNeverBoundInControllers = noClasses().that()
		.areAnnotatedWith(org.springframework.stereotype.Controller.class)
		.should()
		.dependOnClassesThat(DescribedPredicate.describe("are entities with setters",
				(JavaClass type) -> type.isAnnotatedWith(jakarta.persistence.Entity.class)
						&& type.getMethods().stream().anyMatch((method) -> method.getName().startsWith("set"))));

	@ArchTest
	static final ArchRule noClassIsTransactionalAsAWhole = noClasses().should().beAnnotatedWith(Transactional.class);

	@ArchTest
	static final ArchRule transactionsAreDeclaredOnPublicServiceMethods = methods().that()
		.areAnnotatedWith(Transactional.class)
		.should()
		.bePublic()
		.andShould()
		.beDeclaredInClassesThat()
		.areAnnotatedWith(Service.class);

	private static DescribedPredicate<JavaClass> otherAppPackagesThan(String... allowed) {
		return DescribedPredicate.describe(
				"reside in an app.aftercare package other than " + String.join(", ", allowed),
				(JavaClass type) -> type.getPackageName().startsWith("app.aftercare.") && Arrays.stream(allowed)
					.noneMatch((name) -> type.getPackageName().equals(name)
							|| type.getPackageName().startsWith(name + ".")));
	}

	private static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnPackage() {
		return new ArchCondition<>("be accessed only from their own feature package") {

			@Override
			public void check(JavaClass repository, ConditionEvents events) {
				repository.getDirectDependenciesToSelf()
					.stream()
					.filter((dependency) -> !dependency.getOriginClass()
						.getPackageName()
						.equals(repository.getPackageName()))
					.forEach((dependency) -> events
						.add(SimpleConditionEvent.violated(dependency, dependency.getDescription())));
			}

		};
	}

}
