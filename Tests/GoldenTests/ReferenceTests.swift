import BatchStack
import Template
import Testing

@Suite struct ReferenceTests {
    @Test(arguments: Goldens.both)
    func everyReferenceResolves(path: String) throws {
        let template = try TemplateReader.read(path: path)
        #expect(ReferenceChecker(template).problems(in: template) == [])
    }

    @Test func theGoldenReferencesAreNumerous() throws {
        // Guards the check above against walking nothing: the stack is full of references.
        let text = try String(contentsOfFile: Goldens.json, encoding: .utf8)
        #expect(text.components(separatedBy: "\"Ref\"").count > 40)
        #expect(ReferenceChecker.subVariables("a-${X}-${!Literal}-${R.Arn}") == ["X", "R.Arn"])
    }

    @Test func aBrokenReferenceIsFound() {
        let template = BatchProcessingStack.template
        let broken =
            template
            .replacing(["Resources", "ECSCluster", "Properties", "ClusterName"], with: Intrinsic.sub("x-${Nope}"))
            .replacing(
                ["Outputs", "LoadBalancerDNS", "Value"], with: Intrinsic.getAtt("ApplicationLoadBalancer", "DnsName")
            )
            .replacing(["Resources", "ReportGenerationService", "DependsOn"], with: .string("Gone"))
        #expect(
            ReferenceChecker(broken).problems(in: broken) == [
                "/Resources/ReportGenerationService/DependsOn: Gone is not a resource",
                "/Resources/ECSCluster/Properties/ClusterName/Fn::Sub: Nope is not a parameter, resource or "
                    + "pseudo parameter",
                "/Outputs/LoadBalancerDNS/Value/Fn::GetAtt: AWS::ElasticLoadBalancingV2::LoadBalancer has no "
                    + "attribute DnsName",
            ])
    }
}
