import Foundation
import Testing

@testable import AWS

/// Request bodies: `JSONInput` written directly, other inputs through our encoder; members sorted by their
/// bytes, PascalCase for the services that want it, dates as epoch seconds.
@Suite struct JSONRequestWriterTests {
    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func jsonInputIsWrittenSortedAndEscaped() throws {
        let input = JSONInput.object([
            "cluster": .string("c/1"), "Batch": .strings(["a", "b"]), "_x": .int(-3), "ratio": .double(0.25),
            "whole": .double(3), "huge": .double(1e20), "flag": .bool(false),
            "nested": .array([.object(["k": .string("tab\tquote\"back\\ctl\u{1}é")]), .array([])]),
        ])
        #expect(
            text(try JSONProtocol.encode(input, pascalCase: true))
                == #"{"Batch":["a","b"],"_x":-3,"cluster":"c/1","flag":false,"huge":1e+20,"#
                + #""nested":[{"k":"tab\tquote\"back\\ctl\u0001é"},[]],"ratio":0.25,"whole":3}"#)
    }

    @Test func nonFiniteNumbersAreRefused() {
        #expect(throws: EncodingError.self) { try JSONProtocol.encode(JSONInput.double(.nan), pascalCase: false) }
        struct Bad: Encodable { var value = Double.infinity }
        #expect(throws: EncodingError.self) { try JSONProtocol.encode(Bad(), pascalCase: false) }
    }

    @Test func modelsAreEncodedPascalCaseWithDictionaryKeysKept() throws {
        var policy = ApplicationAutoScaling.ScalingPolicy(
            policyARN: nil, policyName: "cpu", serviceNamespace: "ecs", resourceId: "service/c/s",
            scalableDimension: "ecs:service:DesiredCount", policyType: "TargetTrackingScaling")
        policy.targetTrackingScalingPolicyConfiguration = .init(
            targetValue: 55,
            predefinedMetricSpecification: .init(predefinedMetricType: "ECSServiceAverageCPUUtilization"),
            scaleInCooldown: 60, disableScaleIn: false)
        #expect(
            text(try JSONProtocol.encode(policy, pascalCase: true))
                == #"{"PolicyName":"cpu","PolicyType":"TargetTrackingScaling","ResourceId":"service/c/s","#
                + #""ScalableDimension":"ecs:service:DesiredCount","ServiceNamespace":"ecs","#
                + #""TargetTrackingScalingPolicyConfiguration":{"DisableScaleIn":false,"#
                + #""PredefinedMetricSpecification":{"PredefinedMetricType":"ECSServiceAverageCPUUtilization"},"#
                + #""ScaleInCooldown":60,"TargetValue":55}}"#)
        struct Tagged: Encodable {
            var resourceArn = "arn"
            var tags = ["team": "a", "Cost": "b"]
        }
        #expect(
            text(try JSONProtocol.encode(Tagged(), pascalCase: true))
                == #"{"ResourceArn":"arn","Tags":{"Cost":"b","team":"a"}}"#)
        #expect(
            text(try JSONProtocol.encode(Tagged(), pascalCase: false))
                == #"{"resourceArn":"arn","tags":{"Cost":"b","team":"a"}}"#)
    }

    @Test func datesAreEpochSecondsAndScalarsKeepTheirTypes() throws {
        struct Input: Encodable {
            var at = Date(timeIntervalSince1970: 1_767_323_045.25)
            var whole = Date(timeIntervalSince1970: 1_767_323_045)
            var small: Int8 = -8
            var big = UInt64.max
            var single: Float = 0.1
            var nothing: String? = nil
            var list: [Int?] = [1, nil]
            var empty: [String: Int] = [:]
        }
        #expect(
            text(try JSONProtocol.encode(Input(), pascalCase: false))
                == #"{"at":1767323045.25,"big":18446744073709551615,"empty":{},"list":[1,null],"single":0.1,"#
                + #""small":-8,"whole":1767323045}"#)
    }

    /// What we write, Foundation's `JSONDecoder` reads back to the same value (the writer is valid JSON).
    @Test func foundationReadsWhatWeWrite() throws {
        let input = JSONInput.object([
            "text": .string("\u{0}\u{1F}\u{7F}\u{2028}é😀/\\\""), "numbers": .array([.int(.min), .double(-1.5e-7)]),
        ])
        let object = try JSONSerialization.jsonObject(with: Data(try JSONProtocol.encode(input, pascalCase: false)))
        let dictionary = try #require(object as? [String: Any])
        #expect(dictionary["text"] as? String == "\u{0}\u{1F}\u{7F}\u{2028}é😀/\\\"")
        #expect((dictionary["numbers"] as? [NSNumber])?.map(\.doubleValue) == [Double(Int.min), -1.5e-7])
    }
}
