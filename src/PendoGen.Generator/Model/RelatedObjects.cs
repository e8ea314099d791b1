using System.Collections.Generic;
using System.Linq;
using PendoGen.Common;

namespace PendoGen.Model;

/// <summary>
/// Finds the records whose properties a record's rules name, such as a rule on <c>config.schema</c> in the
/// request schema. The validator of that record needs their shape; nothing else does.
/// </summary>
internal static class RelatedObjects
{
    public static EquatableArray<ObjectSpec> For(ObjectSpec spec, IReadOnlyDictionary<string, ObjectSpec> objects)
    {
        var found = new SortedDictionary<string, ObjectSpec>(System.StringComparer.Ordinal);
        Visit(spec.Rules, spec, objects, found, isDefiningNode: true);
        foreach (PropertySpec property in spec.Properties)
        {
            if (property.NoEffectUnless is { } condition)
            {
                Visit(condition, spec, objects, found, isDefiningNode: false);
            }
        }

        found.Remove(spec.FullName);
        return found.Values.ToEquatableArray();
    }

    private static void Visit(ConstraintSpec node, ObjectSpec owner, IReadOnlyDictionary<string, ObjectSpec> objects,
        SortedDictionary<string, ObjectSpec> found, bool isDefiningNode)
    {
        foreach (PropertyConstraint entry in node.Properties)
        {
            PropertySpec? property = owner.Properties.FirstOrDefault(p => p.JsonName == entry.JsonName);
            if (property?.Type.Kind == Model.ValueKind.Object && objects.TryGetValue(property.Type.GeneratedName!, out ObjectSpec? nested) &&
                !entry.Constraint.IsEmpty)
            {
                found[nested.FullName] = nested;
                Visit(entry.Constraint, nested, objects, found, isDefiningNode: false);
            }
        }

        IEnumerable<ConstraintSpec?> children = node.AllOf.Concat(new[] { node.If, node.Then, node.Else, node.Not });
        foreach (ConstraintSpec? child in children)
        {
            if (child is not null)
            {
                Visit(child, owner, objects, found, isDefiningNode);
            }
        }
    }
}
