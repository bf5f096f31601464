package app.aftercare.aftercare;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SheetFileNameTest {

	@Test
	void thePdfIsNamedAfterTheFirstNameInPlainLettersDigitsAndHyphens() {
		assertThat(AftercareSheetController.fileName("Jane")).isEqualTo("aftercare-Jane.pdf");
		assertThat(AftercareSheetController.fileName("José María")).isEqualTo("aftercare-Jose-Maria.pdf");
		assertThat(AftercareSheetController.fileName("<img src=x onerror=alert(1)>"))
			.isEqualTo("aftercare-img-src-x-onerror-alert-1.pdf");
		assertThat(AftercareSheetController.fileName("\"../../etc/passwd\"")).isEqualTo("aftercare-etc-passwd.pdf");
	}

	@Test
	void aFirstNameWithNoPlainLetterGivesAPlainName() {
		assertThat(AftercareSheetController.fileName("李")).isEqualTo("aftercare.pdf");
		assertThat(AftercareSheetController.fileName("")).isEqualTo("aftercare.pdf");
	}

	@Test
	void aLongFirstNameIsCutToFortyCharacters() {
		assertThat(AftercareSheetController.fileName("a".repeat(39) + " b" + "c".repeat(60)))
			.isEqualTo("aftercare-" + "a".repeat(39) + ".pdf");
	}

}
