/**
 * A JQL parser and evaluator for the sandbox's simulated Jira site, so its {@code search/jql} and
 * {@code approximate-count} answer the subset Keystone sends the way Jira does, errors included.
 *
 * <p>{@link app.keystone.sandbox.jql.JqlParser#parse} reports syntax errors; binding the query to a
 * {@link app.keystone.sandbox.jql.JqlContext} ({@code where}, {@code orderBy}) reports unknown fields,
 * values and functions. Both throw {@link app.keystone.sandbox.jql.JqlException} with Jira's wording.
 *
 * <p>Grammar (EBNF; keywords and field names are case-insensitive):
 * <pre>
 * query     = [ or ] [ "ORDER" "BY" sortKey { "," sortKey } ] ;      (* at most 7 sort keys *)
 * or        = and { ( "OR" | "||" | "|" ) and } ;
 * and       = not { ( "AND" | "&amp;&amp;" | "&amp;" ) not } ;
 * not       = ( "NOT" | "!" ) not | "(" or ")" | clause ;
 * clause    = field operator operand ;
 * field     = name | "cf" "[" digits "]" ;
 * operator  = "=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "~" | "!~"
 *           | "IN" | "NOT" "IN" | "IS" | "IS" "NOT" ;
 * operand   = "EMPTY" | "NULL" | function | name | list ;
 * list      = "(" operand { "," operand } ")" ;
 * function  = name "(" [ name { "," name } ] ")" ;
 * sortKey   = field [ "ASC" | "DESC" ] ;
 * name      = word | string ;
 * word      = { any character but space, quotes, = ! &lt; &gt; ( ) ~ , [ ] | &amp; } ;   (* escapes allowed *)
 * string    = '"' { character | escape } '"' | "'" { character | escape } "'" ;
 * escape    = "&#92;" ( "'" | '"' | "t" | "n" | "r" | "&#92;" | " " | "u" hex hex hex hex ) ;
 * </pre>
 * Keywords cannot be field names or values unless quoted, and neither can Jira's reserved words or the
 * characters {@code { } * / % ^ $ # @ ? ;}.
 */
package app.keystone.sandbox.jql;
