package app.aftercare.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares, so tests can assert how many queries a
 * page needs. Installed for every test context by
 * {@link TestDatabaseContextCustomizerFactory}.
 */
public class SqlStatements implements StatementInspector {

	private static final AtomicInteger count = new AtomicInteger();

	@Override
	public String inspect(String sql) {
		count.incrementAndGet();
		return sql;
	}

	public static void reset() {
		count.set(0);
	}

	public static int count() {
		return count.get();
	}

}
