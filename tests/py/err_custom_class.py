class AppError(Exception):
    pass
raise AppError("something broke")
