// Starts a throw-away PostgreSQL for jOOQ code generation, bootstraps the roles and migrates
// it as the owner, exactly as the application does at start-up.
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres
import org.flywaydb.core.Flyway

def props = project.properties
def password = props.getProperty('codegen.db.password')
def placeholders = [ownerRole: props.getProperty('codegen.db.owner'), ownerPassword: password,
                    appRole: props.getProperty('codegen.db.app'), appPassword: password]
def pg = EmbeddedPostgres.builder().start()
Flyway.configure().dataSource(pg.getPostgresDatabase())
        .locations("filesystem:${project.basedir}/db/bootstrap")
        .schemas('bootstrap').table('bootstrap_history')
        .placeholders(placeholders).load().migrate()
def url = pg.getJdbcUrl('postgres', 'postgres')
Flyway.configure().dataSource(url, placeholders.ownerRole, password)
        .locations("filesystem:${project.basedir}/db/migration")
        .placeholders(placeholders).load().migrate()
props.setProperty('codegen.db.url', url)
project.setContextValue('codegen.postgres', pg)
