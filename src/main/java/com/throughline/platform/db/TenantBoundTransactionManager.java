package com.throughline.platform.db;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.throughline.platform.security.SignedInPerson;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * The one place where the tenant is bound to the database. At the start of every
 * transaction it sets {@code app.tenant_id} (and {@code app.user_id}) from the signed-in
 * person's active workspace, for that transaction only. Row-level security policies
 * compare against them; with nothing bound they match no row. A client contact's session
 * binds only the account: the client functions find what is shared with it.
 */
public class TenantBoundTransactionManager extends JdbcTransactionManager {

	// The only SQL string in the code base: jOOQ has no DSL for set_config.
	private static final String BIND = "select set_config('app.tenant_id', ?, true), set_config('app.user_id', ?, true)";

	public TenantBoundTransactionManager(DataSource dataSource) {
		super(dataSource);
	}

	@Override
	protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
			throws SQLException {
		super.prepareTransactionalConnection(connection, definition);
		var person = SignedInPerson.current();
		String tenant = person.flatMap(SignedInPerson::teamTenantId).map(Object::toString).orElse("");
		String user = person.map(p -> p.id().toString()).orElse("");
		try (var statement = connection.prepareStatement(BIND)) {
			statement.setString(1, tenant);
			statement.setString(2, user);
			statement.execute();
		}
	}

}
