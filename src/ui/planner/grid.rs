//! The week grid: Monday to Sunday columns, hours down the side.
