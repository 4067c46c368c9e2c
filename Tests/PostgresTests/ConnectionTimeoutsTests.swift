import Testing

@testable import PilotPostgres

extension PostgresTests {
    @Test func aStoresConnectionStringGetsTimeoutsWhereItSetsNone() throws {
        let all = "connect_timeout=5&tcp_user_timeout=15000&keepalives_idle=30&keepalives_interval=10&keepalives_count=3"
        #expect(
            try ConnectionTimeouts.applied(to: "postgresql://alice@db.example:5432/pilot", environment: [:])
                == "postgresql://alice@db.example:5432/pilot?" + all)
        #expect(
            try ConnectionTimeouts.applied(to: "postgresql://db.example/pilot?sslmode=require", environment: [:])
                == "postgresql://db.example/pilot?sslmode=require&" + all)
        #expect(
            try ConnectionTimeouts.applied(to: "host=db.example dbname=pilot", environment: [:])
                == "host=db.example dbname=pilot " + all.replacingOccurrences(of: "&", with: " "))
        // The user's own limits stand, in the string or (for connecting) in the environment.
        let own = try ConnectionTimeouts.applied(
            to: "postgresql://db.example/pilot?connect_timeout=20&tcp_user_timeout=0", environment: [:])
        #expect(
            own
                == "postgresql://db.example/pilot?connect_timeout=20&tcp_user_timeout=0&keepalives_idle=30&keepalives_interval=10&keepalives_count=3"
        )
        #expect(
            !(try ConnectionTimeouts.applied(to: "postgresql://db.example/pilot", environment: ["PGCONNECT_TIMEOUT": "9"]))
                .contains("connect_timeout"))
        // libpq reads what was added.
        let options = try PostgresURL.options(try ConnectionTimeouts.applied(to: "postgresql://db.example/pilot", environment: [:]))
        #expect(options["connect_timeout"] == "5" && options["keepalives_count"] == "3" && options["dbname"] == "pilot")
    }
}
