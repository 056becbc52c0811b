import Foundation
import StackCheckTestSupport
import Testing

@testable import AWS

/// Our JSON 1.1 answer reader and decoder: every container kind, the errors `JSONDecoder` gave (with their
/// coding paths, as `DecodingErrorText` renders them), PascalCase members, dates both ways, numbers, text.
@Suite struct JSONAnswerDecoderTests {
    func decode<T: Decodable>(
        _ type: T.Type, _ json: String, pascalCase: Bool = false, userInfo: [CodingUserInfoKey: Any] = [:]
    ) throws -> T {
        try JSONAnswerDecoder.decode(type, from: Array(json.utf8), pascalCase: pascalCase, userInfo: userInfo)
    }

    /// What the user would read: the decode's error in `DecodingErrorText`'s words.
    func failure<T: Decodable>(_ type: T.Type, _ json: String, pascalCase: Bool = false) -> String? {
        do {
            _ = try decode(type, json, pascalCase: pascalCase)
            return nil
        } catch {
            return DecodingErrorText.describe(error)
        }
    }

    struct Scalars: Decodable, Equatable {
        var text: String
        var count: Int
        var ratio: Double
        var flag: Bool
        var small: Int8?
        var big: UInt64?
        var signed: Int64?
        var single: Float?
    }

    struct Nested: Decodable, Equatable {
        struct Inner: Decodable, Equatable {
            var name: String
            var values: [Int]?
        }

        var items: [Inner]
        var grid: [[String]]?
        var map: [String: Inner]?
        var optional: Inner?
    }

    @Test func keyedContainersReadEveryScalar() throws {
        let json = #"""
            {"text": "a", "count": -42, "ratio": 0.25, "flag": true, "small": -128,
             "big": 18446744073709551615, "signed": -9223372036854775808, "single": 1.5}
            """#
        #expect(
            try decode(Scalars.self, json)
                == Scalars(
                    text: "a", count: -42, ratio: 0.25, flag: true, small: -128, big: .max, signed: .min, single: 1.5))
    }

    @Test func unkeyedAndNestedContainers() throws {
        let json = #"""
            {"items": [{"name": "x", "values": [1, 2, 3]}, {"name": "y"}],
             "grid": [["a", "b"], [], ["c"]],
             "map": {"Key One": {"name": "z", "values": []}},
             "optional": null}
            """#
        let nested = try decode(Nested.self, json)
        #expect(nested.items == [.init(name: "x", values: [1, 2, 3]), .init(name: "y", values: nil)])
        #expect(nested.grid == [["a", "b"], [], ["c"]])
        #expect(nested.map == ["Key One": .init(name: "z", values: [])])
        #expect(nested.optional == nil)
        #expect(try decode([Int?].self, "[1, null, 3]") == [1, nil, 3])
        #expect(try decode([[Double]].self, "[[1.5], [-2e3, 0]]") == [[1.5], [-2000, 0]])
    }

    @Test func singleValueContainers() throws {
        enum Status: String, Decodable {
            case active = "ACTIVE"
            case draining = "DRAINING"
        }
        #expect(try decode(Status.self, #""DRAINING""#) == .draining)
        #expect(try decode([Status].self, #"["ACTIVE"]"#) == [.active])
        #expect(try decode(String?.self, "null") == nil)
        #expect(try decode(Bool.self, " false ") == false)
        #expect(
            failure(Status.self, #""GONE""#)
                == "unreadable value: Cannot initialize Status from invalid String value GONE")
    }

    @Test func numbersBigNegativeAndFractional() throws {
        #expect(try decode(Int.self, "9007199254740993") == 9_007_199_254_740_993)  // exact, past 2^53
        #expect(try decode(Int.self, "-0") == 0)
        #expect(try decode(Int.self, "1.0") == 1)  // as JSONDecoder reads it
        #expect(try decode(Int.self, "1e3") == 1000)
        #expect(try decode(Double.self, "-1.25e-3") == -0.00125)
        #expect(try decode(Double.self, "1700000000.123") == 1_700_000_000.123)
        #expect(failure(Int.self, "1.5") == "unreadable value: 1.5 does not fit in Int")
        #expect(failure([UInt8].self, "[256]") == "unreadable value at [0]: 256 does not fit in UInt8")
        #expect(failure([Int].self, "[1e400]") == "unreadable value at [0]: 1e400 does not fit in Int")
        #expect(failure([Double].self, "[1e400]") == "unreadable value at [0]: 1e400 does not fit in Double")
    }

    @Test func escapesAndNonASCIIText() throws {
        let json = #"["tab\tquote\"slash\/back\\", "\u00e9\u4e2d\ud83d\ude00", "é中😀", "line\nbreak\r\b\f"]"#
        #expect(
            try decode([String].self, json)
                == ["tab\tquote\"slash/back\\", "é中😀", "é中😀", "line\nbreak\r\u{8}\u{C}"])
    }

    @Test func missingKeysWrongTypesAndNulls() {
        struct Member: Decodable { var name: String }
        struct Answer: Decodable { var members: [Member] }
        #expect(failure(Answer.self, "{}") == #""members" is missing"#)
        #expect(failure(Answer.self, #"{"members": [{"name": "a"}, {}]}"#) == #""name" is missing at members[1]"#)
        #expect(failure(Answer.self, #"{"members": [{"name": 7}]}"#) == "expected a string at members[0].name")
        #expect(
            failure(Answer.self, #"{"members": [{"name": null}]}"#)
                == "expected a string, found null at members[0].name")
        #expect(failure(Answer.self, #"{"members": {"name": "a"}}"#) == "expected an array at members")
        #expect(failure(Answer.self, #"{"members": ["a"]}"#) == "expected an object at members[0]")
        #expect(failure(Answer.self, #"{"members": null}"#) == "expected an array, found null at members")
        #expect(
            failure(Scalars.self, #"{"text": "a", "count": "1", "ratio": 1, "flag": true}"#)
                == "expected a number at count")
        #expect(
            failure(Scalars.self, #"{"text": "a", "count": 1, "ratio": 1, "flag": 1}"#) == "expected a boolean at flag")
        // Optional members: missing and null are both nil; present with the wrong type is still an error.
        #expect(
            failure(Scalars.self, #"{"text": "a", "count": 1, "ratio": 1, "flag": true, "small": "x"}"#)
                == "expected a number at small")
        #expect(throws: Never.self) {
            _ = try decode(Scalars.self, #"{"text": "a", "count": 1, "ratio": 1, "flag": true, "small": null}"#)
        }
    }

    @Test func decodingErrorsKeepJSONDecodersCasesAndPaths() throws {
        struct Answer: Decodable { var values: [Int] }
        do {
            _ = try decode(Answer.self, #"{"values": [1, null]}"#)
            Issue.record("decoded a null as an Int")
        } catch DecodingError.valueNotFound(let type, let context) {
            #expect(ObjectIdentifier(type) == ObjectIdentifier(Int.self))
            #expect(context.codingPath.map(\.stringValue) == ["values", "Index 1"])
            #expect(context.codingPath.last?.intValue == 1)
        }
        do {
            _ = try decode(Answer.self, #"{"vals": []}"#)
            Issue.record("decoded a missing member")
        } catch DecodingError.keyNotFound(let key, let context) {
            #expect(key.stringValue == "values")
            #expect(context.codingPath.isEmpty)
        }
    }

    @Test func datesFromEpochSecondsAndISO8601Text() throws {
        struct Event: Decodable { var at: Date }
        #expect(try decode(Event.self, #"{"at": 1767323045.25}"#).at.timeIntervalSince1970 == 1_767_323_045.25)
        #expect(try decode(Event.self, #"{"at": 1767323045}"#).at.timeIntervalSince1970 == 1_767_323_045)
        #expect(
            try decode(Event.self, #"{"at": "2026-01-02T03:04:05.250Z"}"#).at.timeIntervalSince1970 == 1_767_323_045.25)
        #expect(try decode(Event.self, #"{"at": "2026-01-02T03:04:05Z"}"#).at.timeIntervalSince1970 == 1_767_323_045)
        #expect(try decode(Event.self, #"{"at": "1767323045.5"}"#).at.timeIntervalSince1970 == 1_767_323_045.5)
        #expect(try decode([Date].self, "[0]") == [Date(timeIntervalSince1970: 0)])
        #expect(failure(Event.self, #"{"at": "yesterday"}"#) == "unreadable value at at: not a timestamp: yesterday")
        #expect(failure(Event.self, #"{"at": true}"#) == "expected a timestamp at at")
        #expect(failure(Event.self, #"{"at": null}"#) == "expected a timestamp, found null at at")
    }

    @Test func pascalCaseMembersAreFoundByTheirCamelCaseNames() throws {
        let json = #"""
            {"ScalingPolicies": [{"PolicyARN": "arn:p", "PolicyName": "cpu", "ServiceNamespace": "ecs",
              "ResourceId": "service/c/s", "ScalableDimension": "ecs:service:DesiredCount",
              "PolicyType": "TargetTrackingScaling",
              "TargetTrackingScalingPolicyConfiguration": {"TargetValue": 70.5, "ScaleInCooldown": 60,
                "PredefinedMetricSpecification": {"PredefinedMetricType": "ECSServiceAverageCPUUtilization"}},
              "CreationTime": 1767323045.5}],
             "NextToken": "t-2"}
            """#
        let names = Listing<ApplicationAutoScaling.ScalingPolicy>.Names(list: "scalingPolicies", token: "nextToken")
        let page = try decode(
            Listing<ApplicationAutoScaling.ScalingPolicy>.self, json, pascalCase: true,
            userInfo: [Listing<ApplicationAutoScaling.ScalingPolicy>.names: names])
        #expect(page.nextToken == "t-2")
        let policy = try #require(page.items.first)
        #expect(policy.policyARN == "arn:p")
        #expect(policy.resourceId == "service/c/s")
        #expect(policy.targetTrackingScalingPolicyConfiguration?.targetValue == 70.5)
        #expect(policy.targetTrackingScalingPolicyConfiguration?.scaleInCooldown == 60)
        #expect(
            policy.targetTrackingScalingPolicyConfiguration?.predefinedMetricSpecification?.predefinedMetricType
                == "ECSServiceAverageCPUUtilization")
        // A missing member is named by the model's key, as JSONDecoder named it.
        #expect(
            failure(ApplicationAutoScaling.ScalableTarget.self, #"{"ServiceNamespace": "ecs"}"#, pascalCase: true)
                == #""resourceId" is missing"#)
    }

    @Test func dictionaryKeysAreNeverRenamed() throws {
        struct Tagged: Decodable, Equatable { var tags: [String: String] }
        let tagged = try decode(Tagged.self, #"{"Tags": {"Team": "a", "cost-center": "b"}}"#, pascalCase: true)
        #expect(tagged.tags == ["Team": "a", "cost-center": "b"])
    }

    @Test func userInfoReachesTheModels() throws {
        let names = Listing<String>.Names(list: "serviceArns", token: "nextToken")
        let page = try decode(
            Listing<String>.self, #"{"serviceArns": ["a", "b"], "nextToken": null}"#,
            userInfo: [Listing<String>.names: names])
        #expect(page.items == ["a", "b"])
        #expect(page.nextToken == nil)
        #expect(failure(Listing<String>.self, "{}") == "unreadable value: a listing without its names")
    }

    /// Real answers decode to what Foundation's `JSONDecoder` (configured as stackcheck configured it)
    /// made of them.
    @Test func modelsDecodeAsJSONDecoderDecodedThem() throws {
        let json = #"""
            {"services": [{"serviceArn": "arn:aws:ecs:us-east-2:123456789012:service/c/s", "serviceName": "s",
              "desiredCount": 2, "runningCount": 2, "enableExecuteCommand": false,
              "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-1", "subnet-2"],
                "securityGroups": ["sg-1"], "assignPublicIp": "DISABLED"}},
              "deploymentConfiguration": {"deploymentCircuitBreaker": {"enable": true, "rollback": true},
                "maximumPercent": 200, "minimumHealthyPercent": 100},
              "events": [{"id": "e1", "createdAt": 1767323045.123, "message": "(service s) reached a steady state."}],
              "placementStrategy": [], "tags": [{"key": "Team", "value": "payments"}], "unknownMember": {"x": [1]}}],
             "failures": []}
            """#
        struct Answer: Decodable, Equatable {
            var services: [ECS.Service]?
            var failures: [ECS.Failure]?
        }
        let ours = try decode(Answer.self, json)
        let foundation = JSONDecoder()
        foundation.dateDecodingStrategy = .secondsSince1970
        #expect(ours == (try foundation.decode(Answer.self, from: Data(json.utf8))))
        #expect(ours.services?.first?.events?.first?.createdAt == Date(timeIntervalSince1970: 1_767_323_045.123))
    }
}
