package app.aftercare.web;

import app.aftercare.clinic.StaffMember;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import app.aftercare.support.SignedIn;
import app.aftercare.support.StaticFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every staff page carries around its content: no patient footer, a favicon, an
 * admin sub-menu that shows where you are.
 */
@IntegrationTest
@Import(Fixtures.class)
class StaffChromeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void staffPagesDoNotCarryThePatientFooter() throws Exception {
		StaffMember admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		for (String path : new String[] { "/", "/patients", "/admin/staff" }) {
			String page = page(path, admin);
			assertThat(page).as(path).contains("guidance, not medical clearance").doesNotContain("When unsure");
		}
	}

	@Test
	void theFaviconIsServedWithoutSigningInAndLinkedFromEveryPage() throws Exception {
		this.mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
		this.mvc.perform(get("/favicon.svg")).andExpect(status().isOk());
		this.mvc.perform(get(StaticFiles.hashed("/favicon.svg"))).andExpect(status().isOk());
		StaffMember admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		assertThat(page("/", admin)).contains("rel=\"icon\" href=\"" + StaticFiles.hashed("/favicon.svg") + "\"");
		assertThat(this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
			.contains("rel=\"icon\"");
	}

	@Test
	void theAdminSubMenuMarksTheCurrentPage() throws Exception {
		StaffMember admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		assertThat(page("/admin/clinic", admin)).contains("href=\"/admin/clinic\" aria-current=\"page\"")
			.doesNotContain("href=\"/admin/staff\" aria-current");
		assertThat(page("/admin/staff", admin)).contains("href=\"/admin/staff\" aria-current=\"page\"");
	}

	private String page(String path, StaffMember who) throws Exception {
		return this.mvc.perform(get(path).with(SignedIn.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
