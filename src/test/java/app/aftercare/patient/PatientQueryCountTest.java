package app.aftercare.patient;

import app.aftercare.clinic.StaffMember;
import app.aftercare.support.Fixtures;
import app.aftercare.support.SignedIn;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SqlStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Import(Fixtures.class)
class PatientQueryCountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	StaffMember admin;

	Patient first;

	@BeforeEach
	void clinic() {
		this.admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.first = this.fixtures.patient(this.admin, "José", "García");
		this.fixtures.patient(this.admin, "Ana", "Martínez");
	}

	@Test
	void theListPageNeedsTheSameFewQueriesForTwoAndForThirtyPatients() throws Exception {
		int withTwo = statementsFor(get("/patients"));
		int searchWithTwo = statementsFor(get("/patients").param("q", "jose garcia"));
		addPatients(28);
		int withThirty = statementsFor(get("/patients"));
		int searchWithThirty = statementsFor(get("/patients").param("q", "jose garcia"));

		// a count, a page, the audit event of the list or search and the top bar's count
		// of
		// open alerts
		assertThat(withThirty).isEqualTo(withTwo).isLessThanOrEqualTo(4);
		assertThat(searchWithThirty).isEqualTo(searchWithTwo).isLessThanOrEqualTo(4);
	}

	@Test
	void thePatientPageNeedsTheSameFewQueriesForTwoAndForThirtyPatients() throws Exception {
		int withTwo = statementsFor(get("/patients/{id}", this.first.getId()));
		addPatients(28);
		int withThirty = statementsFor(get("/patients/{id}", this.first.getId()));

		// the patient, the audit event of the view, the list of treatments and the top
		// bar's count of open alerts
		assertThat(withThirty).isEqualTo(withTwo).isLessThanOrEqualTo(4);
	}

	private void addPatients(int count) {
		for (int i = 0; i < count; i++) {
			this.fixtures.patient(this.admin, "Test", "Surname" + i);
		}
	}

	private int statementsFor(MockHttpServletRequestBuilder request) throws Exception {
		SqlStatements.reset();
		this.mvc.perform(request.with(SignedIn.as(this.admin))).andExpect(status().isOk());
		return SqlStatements.count();
	}

}
