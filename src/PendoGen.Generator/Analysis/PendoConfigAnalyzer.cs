using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using PendoGen.Diagnostics;
using PendoGen.Model;

namespace PendoGen.Analysis;

/// <summary>
/// Flags invalid literal configurations while code is written: object initializers and <c>with</c> expressions
/// of generated records, JSON text handed to a generated <c>FromJson</c>, and JSON config files of the project.
/// The rules come from the schemas (the same rule model the generated <c>Validate()</c> is emitted from).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PendoConfigAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        DiagnosticDescriptors.Rules.Concat(DiagnosticDescriptors.AnalyzerSetup).ToImmutableArray();

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        SchemaCatalog catalog = SchemaCatalog.Create(context.Compilation, context.Options, context.CancellationToken);
        context.RegisterAdditionalFileAction(c => AnalyzeAdditionalFile(c, catalog));
        if (!catalog.HasTypes)
        {
            return; // the generated types are not in this compilation (yet)
        }

        // Syntax-node actions with a textual pre-filter, not operation actions: see SyntaxPrefilter for why.
        var prefilter = new SyntaxPrefilter(catalog.GeneratedTypeNames, context.Compilation);
        context.RegisterSyntaxNodeAction(
            c => AnalyzeObjectSyntax(c, catalog, prefilter),
            SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.WithExpression);
        context.RegisterSyntaxNodeAction(c => AnalyzeInvocationSyntax(c, catalog), SyntaxKind.InvocationExpression);
    }

    private static void AnalyzeObjectSyntax(SyntaxNodeAnalysisContext context, SchemaCatalog catalog, SyntaxPrefilter prefilter)
    {
        if (context.Node is ObjectCreationExpressionSyntax creation && !prefilter.MayBeGeneratedRecord(creation, context.CancellationToken))
        {
            return;
        }

        if (catalog.Find(context.SemanticModel.GetTypeInfo(context.Node, context.CancellationToken).Type) is null ||
            context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is not { } operation)
        {
            return;
        }

        AnalyzeObject(operation, catalog, context.ReportDiagnostic);
    }

    private static void AnalyzeInvocationSyntax(SyntaxNodeAnalysisContext context, SchemaCatalog catalog)
    {
        if (SyntaxPrefilter.MayBeFromJson((InvocationExpressionSyntax)context.Node) &&
            context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is IInvocationOperation invocation)
        {
            AnalyzeFromJson(invocation, catalog, context.ReportDiagnostic);
        }
    }

    /// <summary><c>new PendoConfig { ... }</c> or <c>config with { ... }</c>, outermost only (nested ones are part of it).</summary>
    private static void AnalyzeObject(IOperation operation, SchemaCatalog catalog, System.Action<Diagnostic> report)
    {
        if (operation is not (IObjectCreationOperation or IWithOperation) || catalog.Find(operation.Type) is not { } spec ||
            IsNestedInCheckedObject(operation, catalog))
        {
            return;
        }

        var problems = new List<RuleViolation>();
        var reader = new CSharpLiteralReader(catalog, problems);
        if (reader.ReadObject(operation, spec, "$") is { } literal)
        {
            problems.AddRange(ConstraintEvaluator.Evaluate(spec, literal, catalog.Objects));
        }

        problems.RemoveAll(p => RequiredMemberFilter.CompilerReportsIt(p, operation.SemanticModel, default));
        Report(problems, report, FixHints.FromCSharp);
    }

    private static bool IsNestedInCheckedObject(IOperation operation, SchemaCatalog catalog)
    {
        for (IOperation? parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case IObjectCreationOperation or IWithOperation when catalog.Find(parent.Type) is not null:
                    return true;
                case IConversionOperation or IParenthesizedOperation or ISimpleAssignmentOperation or IObjectOrCollectionInitializerOperation
                    or IArrayInitializerOperation or IArrayCreationOperation:
                    continue;
                default:
                    // Collection expressions have no operation node of their own on Roslyn 4.8.
                    if (parent.Syntax is CollectionExpressionSyntax or ExpressionElementSyntax)
                    {
                        continue;
                    }

                    return false;
            }
        }

        return false;
    }

    /// <summary><c>PendoConnectionRequest.FromJson("...")</c> with constant JSON, diagnostics on the exact characters.</summary>
    private static void AnalyzeFromJson(IInvocationOperation invocation, SchemaCatalog catalog, System.Action<Diagnostic> report)
    {
        if (invocation.TargetMethod is not { Name: SyntaxPrefilter.FromJsonName, IsStatic: true } method || invocation.Arguments.Length != 1 ||
            catalog.Find(method.ContainingType) is not { } spec)
        {
            return;
        }

        IOperation argument = invocation.Arguments[0].Value;
        while (argument is IConversionOperation conversion)
        {
            argument = conversion.Operand;
        }

        string? json = argument switch
        {
            IUtf8StringOperation utf8 => utf8.Value,
            _ => argument.ConstantValue is { HasValue: true, Value: string text } ? text : null,
        };
        if (json is null)
        {
            return;
        }

        JsonLiteralReader.LocationMap map = MapInto(argument.Syntax, json);
        var problems = new List<RuleViolation>();
        LiteralValue? value = JsonLiteralReader.Read(json, map, problems);
        if (value is LiteralObject root)
        {
            problems.AddRange(ConstraintEvaluator.Evaluate(spec, root, catalog.Objects));
        }
        else if (value is not null)
        {
            problems.Add(new RuleViolation(DiagnosticIds.ValueNotAllowed, "$", RuleMessages.WrongType("The JSON", "an object") + ".", RuleSeverity.Error, value.Location));
        }

        Report(problems, report, FixHints.FromJson);
    }

    /// <summary>
    /// Where a span of the JSON text is in the source: exact when the argument is a string literal (escapes,
    /// verbatim, raw and UTF-8 literals included), else the whole argument (e.g. a constant from elsewhere).
    /// </summary>
    private static JsonLiteralReader.LocationMap MapInto(SyntaxNode syntax, string json)
    {
        while (syntax is ParenthesizedExpressionSyntax parenthesized)
        {
            syntax = parenthesized.Expression;
        }

        if (syntax is LiteralExpressionSyntax literal && StringLiteralMap.TryDecode(literal.Token, out string value, out int[] offsets) && value == json)
        {
            SyntaxTree tree = syntax.SyntaxTree;
            return (start, end) =>
            {
                int from = offsets[System.Math.Min(start, offsets.Length - 1)];
                int to = offsets[System.Math.Min(System.Math.Max(end, start), offsets.Length - 1)];
                return Location.Create(tree, TextSpan.FromBounds(from, System.Math.Max(from, to)));
            };
        }

        Location whole = syntax.GetLocation();
        return (_, _) => whole;
    }

    /// <summary>
    /// A JSON config file (its AdditionalFiles item names its schema in PendoGenSchema metadata) is checked, or gets
    /// PENDO016 when that names no schema; another <c>.json</c> file that looks like a schema gets PENDO015.
    /// </summary>
    private static void AnalyzeAdditionalFile(AdditionalFileAnalysisContext context, SchemaCatalog catalog)
    {
        if (!context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.AdditionalFile)
                .TryGetValue(SchemaCatalog.ConfigSchemaMetadata, out string? schemaName) || string.IsNullOrWhiteSpace(schemaName))
        {
            SetupChecks.CheckMisnamedSchema(context);
        }
        else if (!catalog.Roots.TryGetValue(schemaName.Trim(), out ObjectSpec? spec))
        {
            SetupChecks.ReportUnknownConfigSchema(context, schemaName.Trim(), catalog);
        }
        else
        {
            AnalyzeConfigFile(context, spec, catalog);
        }
    }

    /// <summary>A JSON config file checked against the schema its item names.</summary>
    private static void AnalyzeConfigFile(AdditionalFileAnalysisContext context, ObjectSpec spec, SchemaCatalog catalog)
    {
        AdditionalText file = context.AdditionalFile;
        if (file.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        string json = text.ToString();
        JsonLiteralReader.LocationMap map = (start, end) =>
        {
            var span = TextSpan.FromBounds(System.Math.Min(start, json.Length), System.Math.Min(System.Math.Max(start, end), json.Length));
            return Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
        };
        var problems = new List<RuleViolation>();
        LiteralValue? value = JsonLiteralReader.Read(json, map, problems);
        if (value is LiteralObject root)
        {
            // PENDO007 is about secrets in source code; a config file is where such values may be meant to live.
            problems.AddRange(ConstraintEvaluator.Evaluate(spec, root, catalog.Objects).Where(p => p.RuleId != DiagnosticIds.HardCodedSecret));
        }

        Report(problems, context.ReportDiagnostic, FixHints.FromJsonFile);
    }

    private static void Report(List<RuleViolation> problems, System.Action<Diagnostic> report, string source)
    {
        foreach (RuleViolation problem in problems)
        {
            DiagnosticDescriptor descriptor = DiagnosticDescriptors.ById(problem.RuleId);
            DiagnosticSeverity severity = problem.Severity == RuleSeverity.Warning ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
            ImmutableDictionary<string, string?> properties = (problem.Hints ?? ImmutableDictionary<string, string?>.Empty)
                .SetItem(FixHints.Path, problem.Path)
                .SetItem(FixHints.Source, source);
            report(Diagnostic.Create(descriptor, problem.Location, severity, additionalLocations: null, properties, problem.Message, problem.Path));
        }
    }
}
