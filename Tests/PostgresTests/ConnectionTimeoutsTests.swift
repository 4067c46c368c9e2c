import CLibPQ
import Glibc
import PostgresSupport
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

extension PostgresTests {
    /// libpq puts what was added on the connection's socket: keepalive probes after 30 s idle, every 10 s, 3 of
    /// them, and 15 s for unacknowledged data.
    @Test func aStoresConnectionCarriesItsKeepalivesAndUserTimeoutOnTheSocket() throws {
        let database = try PostgresTestDatabase("keepalives")
        let url = try ConnectionTimeouts.applied(to: database.cluster.url(database: database.name), environment: [:])
        let connection = try PostgresConnection(url)
        let socket = PQsocket(connection.handle)
        func option(_ level: Int32, _ name: Int32) -> Int32 {
            var value: Int32 = -1
            var size = socklen_t(MemoryLayout<Int32>.size)
            guard getsockopt(socket, level, name, &value, &size) == 0 else { return -1 }
            return value
        }
        let tcp = Int32(IPPROTO_TCP)
        #expect(option(SOL_SOCKET, SO_KEEPALIVE) == 1)
        #expect(option(tcp, TCP_KEEPIDLE) == 30)
        #expect(option(tcp, TCP_KEEPINTVL) == 10)
        #expect(option(tcp, TCP_KEEPCNT) == 3)
        #expect(option(tcp, TCP_USER_TIMEOUT) == 15000)
    }
}
