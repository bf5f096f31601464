package app.aftercare.outbox;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import app.aftercare.clinic.StaffMember;
import app.aftercare.support.Fixtures;
import app.aftercare.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
@Import(Fixtures.class)
class OutboxTest {

	@Autowired
	Outbox outbox;

	@Autowired
	MailTemplates templates;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	long clinicId;

	@BeforeEach
	void aClinic() {
		StaffMember admin = this.fixtures.clinicWithAdmin("Harbour Physio", "owner@harbour.example");
		this.clinicId = admin.getClinic().getId();
	}

	@Test
	void aMessageIsQueuedOncePerUniqueKey() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		Boolean first = transaction.execute((status) -> this.outbox.queue(message("reminder:42:FULL_TRAINING:v1")));
		assertThat(first).isTrue();
		Boolean again = transaction.execute((status) -> this.outbox.queue(message("reminder:42:FULL_TRAINING:v1"))
				|| this.outbox.queue(message("reminder:42:FULL_TRAINING:v1")));
		assertThat(again).isFalse();
		transaction.executeWithoutResult((status) -> this.outbox.queue(message("reminder:42:FULL_TRAINING:v2")));

		assertThat(this.jdbc.queryForList(
				"select unique_key || ' ' || status || ' ' || attempts from outbox order by id", String.class))
			.containsExactly("reminder:42:FULL_TRAINING:v1 QUEUED 0", "reminder:42:FULL_TRAINING:v2 QUEUED 0");
	}

	@Test
	void aMessageRollsBackWithTheChangeThatQueuedIt() {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.outbox.queue(message("link:7"));
			status.setRollbackOnly();
		});

		assertThat(this.jdbc.queryForObject("select count(*) from outbox", Integer.class)).isZero();
	}

	@Test
	void aMessageIsQueuedOnlyWithinAChange() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.outbox.queue(message("link:8")));
		assertThat(this.jdbc.queryForObject("select count(*) from outbox", Integer.class)).isZero();
	}

	@Test
	void anUrgentMessageComesBeforeEveryKind() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		transaction.executeWithoutResult((status) -> {
			this.outbox.queue(message("reminder:1"));
			this.outbox.queue(new NewMessage(this.clinicId, Channel.EMAIL, "physio@harbour.example",
					MessageKind.CLINIC_ALERT, "treatment:42", Instant.parse("2026-05-12T09:00:00Z"), "alert:1"));
			this.outbox.queueUrgent(new NewMessage(this.clinicId, Channel.EMAIL, "physio@harbour.example",
					MessageKind.CLINIC_ALERT, "treatment:43", Instant.parse("2026-05-12T09:00:00Z"), "alert:2"));
		});

		assertThat(this.jdbc.queryForList("select unique_key from outbox order by priority, next_attempt_at",
				String.class))
			.containsExactly("alert:2", "alert:1", "reminder:1");
	}

	@Test
	void templatesRenderTheTextAndHtmlPartsInTheRecipientsLanguage() {
		ComposedMessage message = this.templates.render("outbox-test", Locale.ENGLISH, Map.of("firstName", "Jane"),
				"jane@home.example", "app.name", null, Map.of("X-Test", "1"));

		assertThat(message.recipient()).isEqualTo("jane@home.example");
		assertThat(message.subject()).isEqualTo("Aftercare");
		assertThat(message.text()).isEqualTo("Hello Jane, this is Aftercare.\n");
		assertThat(message.html()).contains("<span>Jane</span>").contains("<span>Aftercare</span>");
		assertThat(message.headers()).containsEntry("X-Test", "1");
	}

	private NewMessage message(String uniqueKey) {
		return new NewMessage(this.clinicId, Channel.EMAIL, "jane@home.example", MessageKind.REMINDER_FULL_TRAINING,
				"treatment:42", Instant.parse("2026-05-12T09:00:00Z"), uniqueKey);
	}

}
