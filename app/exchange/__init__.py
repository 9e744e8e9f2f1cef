"""The monthly exchange: installation keys, the signed directory of units, and the package format.

No Qt and no database here at the format level: a package is bytes in, checked facts out. Importing a
package into the database (all or nothing) builds on these modules.
"""
