import AWS
import Foundation
import Testing

struct ConfigFileTests {
    @Test func sectionsKeysCommentsAndNestedSettings() throws {
        let file = try ConfigFile.parse(
            """
            # leading comment
            [default]
            Region = us-west-2
            ; another comment
            output=json

            [profile ci]
            services = local
            [services local]
            cloudformation =
              endpoint_url = http://127.0.0.1:5000
            """, path: "/home/u/.aws/config")
        #expect(file.sections["default"] == ["region": "us-west-2", "output": "json"])
        #expect(file.sections["profile ci"] == ["services": "local"])
        #expect(
            file.sections["services local"] == [
                "cloudformation": "", "cloudformation.endpoint_url": "http://127.0.0.1:5000",
            ])
    }

    @Test func badLinesNameTheLineButNeverQuoteIt() throws {
        let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
        let error = #expect(throws: ConfigError.self) {
            try ConfigFile.parse("[default]\naws_access_key_id = AKID\n\(secret)\n", path: "/tmp/credentials")
        }
        #expect(error?.description == "/tmp/credentials:3:1: error: expected `key = value`, and fix or remove the line")
        #expect(error?.description.contains(secret) == false)
    }

    @Test func settingBeforeAnySection() {
        let error = #expect(throws: ConfigError.self) { try ConfigFile.parse("region = us-east-1\n", path: "cfg") }
        #expect(error?.description == "cfg:1:1: error: setting before any [section], and add a section header")
    }

    @Test func missingFileIsEmpty() throws {
        let file = try ConfigFile.load(path: "/nonexistent/stackcheck/config")
        #expect(file.sections.isEmpty)
        #expect(file.path == "/nonexistent/stackcheck/config")
    }

    @Test func defaultPathsFollowHome() {
        let environment = ["HOME": "/home/ci"]
        #expect(SharedConfigFiles.credentialsPath(environment) == "/home/ci/.aws/credentials")
        #expect(SharedConfigFiles.configPath(environment) == "/home/ci/.aws/config")
        #expect(SharedConfigFiles.configPath(["HOME": "/h", "AWS_CONFIG_FILE": "~/cfg"]) == "/h/cfg")
    }
}
